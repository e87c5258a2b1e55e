/**
 * The test server (`mail-server-process.ts`) in a process of its own: for
 * tests that kill a server, and for instances that must not share this
 * process's module state.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const root = new URL('../..', import.meta.url).pathname;

export async function spawnServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; editorToken?: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'tests/support/mail-server-process.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await Promise.race([once(lines, 'line'), once(child, 'exit').then(() => { throw new Error('the server process exited'); })])) as [string];
  return { child, ...(JSON.parse(line) as { url: string; editorToken?: string }) };
}

/**
 * Ends a child process and waits for its exit. A process ended by a signal
 * keeps `exitCode` null (its `signalCode` says why), and `once(child, 'exit')`
 * after the event would wait forever, so both are checked first.
 */
export async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}
