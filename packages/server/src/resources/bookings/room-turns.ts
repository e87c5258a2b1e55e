/**
 * Booking requests for one room take turns in this process before they touch
 * a transaction. When many people ask for the same time at once, each used
 * to pass the conflict check (nobody had won yet), open a transaction and
 * wait on the room's advisory lock while holding a pooled connection: the
 * pool filled with waiters, and everything else of every request waited for
 * a connection. Here they wait without a connection, and whoever's turn comes
 * after the winner's sees the taken time with one plain query.
 *
 * This is a courtesy, not the guarantee: other processes on the same database
 * take turns by the advisory lock, and the exclusion constraint refuses a
 * double booking whatever happens.
 */
const queues = new WeakMap<object, Map<string, Promise<void>>>();

/** Runs `task` after every earlier task for `key` of this `owner` (the database) has settled. */
export async function inRoomTurn<T>(owner: object, key: string, task: () => Promise<T>): Promise<T> {
  let tails = queues.get(owner);
  if (!tails) queues.set(owner, (tails = new Map()));
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => done);
  tails.set(key, tail);
  await previous;
  try {
    return await task();
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}
