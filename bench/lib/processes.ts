/** Child processes of the bench: tsx children with IPC, memory from /proc, clean stops. */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './options.js';

/** Runs a TypeScript module of the bench in its own Node process (tsx, `source` condition) with an IPC channel. */
export function forkTs(module: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return fork(join(root, module), args, {
    cwd: root,
    env: { ...process.env, ...env },
    execArgv: ['--import', 'tsx', '--conditions=source'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** The next IPC message of `type` from the child (rejects if it exits first or after `timeoutMs`). */
export function nextMessage<T extends { type: string }>(child: ChildProcess, type: string, timeoutMs = 300_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`no "${type}" from the child within ${timeoutMs / 1000} s`)), timeoutMs);
    const onMessage = (message: unknown) => {
      const m = message as T;
      if (m && m.type === type) done(undefined, m);
      else if (m && m.type === 'error') done(new Error(String((m as unknown as { message: string }).message)));
    };
    const onExit = (code: number | null) => done(new Error(`the child exited (${code}) before "${type}"`));
    function done(error?: Error, value?: T) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(value!);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Sends a request and waits for the answer of the same id. */
let nextId = 1;
export async function ask<T>(child: ChildProcess, message: Record<string, unknown>, timeoutMs = 120_000): Promise<T> {
  const id = nextId++;
  const answer = new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer to ${String(message.type)} within ${timeoutMs / 1000} s`)), timeoutMs);
    const onMessage = (m: { id?: number; error?: string; result?: T }) => {
      if (m?.id !== id) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      if (m.error) reject(new Error(m.error));
      else resolve(m.result as T);
    };
    child.on('message', onMessage);
  });
  child.send({ ...message, id });
  return answer;
}

export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

export interface Memory {
  /** Resident set now, bytes. */
  rss: number;
  /** Peak resident set since start (or since the last `resetPeak`), bytes. */
  peak: number;
}

export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

/** Resets VmHWM (Linux ≥ 4.0: `echo 5 > /proc/PID/clear_refs`); false where not allowed. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Samples the RSS of `pid` every `everyMs` until stopped; the max is the peak under load. */
export function sampleRss(pid: number, everyMs = 50) {
  let max = 0;
  const timer = setInterval(() => {
    try {
      max = Math.max(max, memoryOf(pid).rss);
    } catch {
      // exited
    }
  }, everyMs);
  return { stop: () => (clearInterval(timer), max) };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
