import { msg, str } from '@lit/localize';
import { formatNumber } from './from-components.js';

/** "in 40 Sekunden" / "in 3 Minuten": the throttling wait, rounded up so it is never too short. */
export function describeWait(ms: number, locale: string): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) {
    const n = formatNumber(seconds, locale);
    return seconds === 1 ? msg('in 1 Sekunde', { id: 'wait.second' }) : msg(str`in ${n} Sekunden`, { id: 'wait.seconds' });
  }
  const n = formatNumber(Math.ceil(seconds / 60), locale);
  return msg(str`in ${n} Minuten`, { id: 'wait.minutes' });
}
