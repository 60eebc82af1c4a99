/** How a piece of work ended: its value, its error, or no answer in time. */
export type Outcome<T> =
  { kind: 'done'; value: T } | { kind: 'failed'; error: unknown } | { kind: 'timed_out' };

/**
 * Waits for `work` at most `ms` milliseconds and says how it ended; never rejects. The timer is
 * cleared as soon as the work settles.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<Outcome<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(() => {
      resolve({ kind: 'timed_out' });
    }, ms);
  });
  const settled = work.then(
    (value): Outcome<T> => ({ kind: 'done', value }),
    (error: unknown): Outcome<T> => ({ kind: 'failed', error }),
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
