/** RSS of the server process: after start, peak under load (sampled and VmHWM), steady after the load. */
import { memoryOf, resetPeak, sampleRss, sleep } from '../lib/processes.js';

export function memoryProbe(pid: number) {
  const afterStart = memoryOf(pid);
  // The seeding happens in another process; the start-up peak is kept apart from the load peak.
  const peakWasReset = resetPeak(pid);
  const sampler = sampleRss(pid, 25);
  return {
    afterStart,
    async finish(settleMs: number) {
      const sampledPeak = sampler.stop();
      const { peak } = memoryOf(pid);
      await sleep(settleMs);
      const steady = memoryOf(pid).rss;
      return { afterStart: afterStart.rss, startPeak: afterStart.peak, loadPeak: Math.max(peak, sampledPeak), steady, peakWasReset };
    },
  };
}
