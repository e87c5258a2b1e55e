/**
 * Waiting in a story's play function or a browser test: polls `check` until
 * it returns something truthy. No fixed sleep, so a loaded machine only makes
 * it slower, never wrong.
 */
export async function waitFor<T>(check: () => T | undefined | null | false, message: string, timeout = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
