/**
 * Runs synchronous store work and hands back its result as a promise, so a thrown error becomes
 * a rejection (as callers of the async ports expect) instead of a synchronous throw.
 */
export function asPromise<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve) => {
    resolve(work());
  });
}
