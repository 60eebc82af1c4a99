import { DomainError } from '../../ports/errors.js';

/**
 * Runs one Cosmos SDK call and turns what it throws into a `DomainError`: the only place the
 * Cosmos adapter catches SDK errors. `subject` names what was touched, for the message.
 */
export async function withCosmosErrors<T>(subject: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toDomainError(error, subject);
  }
}

/**
 * The domain error for a Cosmos failure: 404 `not_found`, 409 `conflict`, 412
 * `precondition_failed`, 429 `throttled` (with the server's retry delay), 408/5xx and transport
 * failures (a string code such as `ECONNREFUSED`) `upstream_unavailable`. Anything else (a 400
 * from a bad query, a 401/403 from bad credentials, a bug) is returned unchanged: it is not an
 * expected outcome and must surface as an internal error, never as one of the above.
 */
export function toDomainError(error: unknown, subject: string): unknown {
  if (error instanceof DomainError || typeof error !== 'object' || error === null) return error;
  const code = 'code' in error ? error.code : undefined;
  if (typeof code === 'string') {
    return new DomainError('upstream_unavailable', `Cosmos DB is unreachable (${subject}).`, {
      cause: error,
    });
  }
  if (typeof code !== 'number') return error;
  switch (code) {
    case 404:
      return new DomainError('not_found', `${subject} does not exist.`, { cause: error });
    case 409:
      return new DomainError('conflict', `${subject} already exists.`, { cause: error });
    case 412:
      return new DomainError('precondition_failed', `${subject} was changed by someone else.`, {
        cause: error,
      });
    case 429:
      return new DomainError('throttled', `Cosmos DB is throttling requests (${subject}).`, {
        cause: error,
        retryAfter: retryAfterSeconds(error),
      });
  }
  if (code === 408 || code >= 500) {
    return new DomainError(
      'upstream_unavailable',
      `Cosmos DB failed (${String(code)}, ${subject}).`,
      {
        cause: error,
      },
    );
  }
  return error;
}

/** Whole seconds to wait, from the SDK's `retryAfterInMs` or the `x-ms-retry-after-ms` header. */
function retryAfterSeconds(error: object): number {
  const fromError = 'retryAfterInMs' in error ? error.retryAfterInMs : undefined;
  const headers = 'headers' in error ? error.headers : undefined;
  const fromHeader =
    typeof headers === 'object' && headers !== null && 'x-ms-retry-after-ms' in headers
      ? Number(headers['x-ms-retry-after-ms'])
      : Number.NaN;
  const ms = typeof fromError === 'number' ? fromError : fromHeader;
  return Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 1;
}
