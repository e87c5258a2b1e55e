/**
 * One process per PGlite data folder. PGlite keeps its pages in the process:
 * a second process on the same folder works on its own copy, and two writers
 * leave a folder that cannot be opened again. The lock is a file in the
 * folder naming the process that holds it; a lock whose process is gone
 * (killed with -9, a crash) is stale and taken over.
 */
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

export const LOCK_FILE_NAME = 'teilhabe-server.lock';

interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
  command: string;
}

export class DataFolderLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
    readonly lockFile: string,
  ) {
    const elsewhere = owner.hostname !== hostname();
    super(
      [
        `The data folder ${dataDir} is in use by process ${owner.pid}${elsewhere ? ` on ${owner.hostname}` : ''} (${owner.command}, since ${owner.startedAt}).`,
        'Only one process may open it: stop that server first, or make the change through its API.',
        ...(elsewhere ? [`If that machine no longer uses the folder, delete ${lockFile}.`] : []),
      ].join(' '),
    );
    this.name = 'DataFolderLockedError';
  }
}

export interface DataFolderLock {
  readonly lockFile: string;
  release(): void;
}

/** Takes the lock on `dataDir` or throws a DataFolderLockedError naming the holder. */
export function lockDataFolder(dataDir: string): DataFolderLock {
  const folder = resolve(dataDir);
  const lockFile = join(folder, LOCK_FILE_NAME);
  const owner: LockOwner = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1).join(' ') || process.argv0,
  };
  // Written in full under another name, then linked: a reader never sees half a lock.
  const draft = `${lockFile}.${process.pid}.${Date.now()}`;
  writeFileSync(draft, JSON.stringify(owner));
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        linkSync(draft, lockFile);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error;
      }
      const holder = readOwner(lockFile);
      if (holder && !isStale(holder)) throw new DataFolderLockedError(folder, holder, lockFile);
      removeIfSame(lockFile, holder);
    }
  } finally {
    unlinkSync(draft);
  }

  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const holder = readOwner(lockFile);
    if (holder && holder.pid === owner.pid && holder.startedAt === owner.startedAt) removeIfSame(lockFile, holder);
  };
  process.on('exit', release);
  return { lockFile, release };
}

/** The lock's owner, or null for a file that is gone or unreadable (then stale). */
function readOwner(lockFile: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.hostname !== 'string') return null;
    return { pid: owner.pid, hostname: owner.hostname, startedAt: String(owner.startedAt), command: String(owner.command) };
  } catch {
    return null;
  }
}

/** Stale: the holder ran on this machine and is no longer running. Another machine's lock is never judged from here. */
function isStale(owner: LockOwner): boolean {
  if (owner.hostname !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function removeIfSame(lockFile: string, expected: LockOwner | null) {
  const current = readOwner(lockFile);
  if (expected && current && (current.pid !== expected.pid || current.startedAt !== expected.startedAt)) return;
  try {
    unlinkSync(lockFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
