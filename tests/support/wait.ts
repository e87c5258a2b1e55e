/**
 * Waits for something that happens asynchronously (a notification, a mail, a
 * job), instead of sleeping a fixed time: polls `probe` until it returns a
 * value, and fails with `what` after `timeoutMs` (generous: a loaded machine
 * is slow, and a timing must not fail a test that is otherwise right).
 */
export async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 15_000, intervalMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what} (after ${timeoutMs} ms)`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
