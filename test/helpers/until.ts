// The one way a test waits for something it cannot await as an event or a promise.

/** Long enough for what a test waits for (a render, a fetch, a frame's load) on a loaded 2-core machine. */
export const UNTIL_MS = 15_000;

/**
 * Resolves with `check()`'s value (awaited) once it is truthy, polled every 20 ms. Fails
 * after `ms` with "timed out waiting for <what>". Wait for the thing itself,
 * never for a fixed time: the limit is only there so a broken test ends.
 */
export async function until<T>(
  check: () => T | Promise<T>,
  what = 'the condition',
  ms = UNTIL_MS,
): Promise<NonNullable<T>> {
  const deadline = performance.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what} (${ms / 1000} s)`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
