import { GraphError } from '@microsoft/microsoft-graph-client';
import { DomainError, isDomainError } from '../../ports/errors.js';
import { parseRetryAfterMs } from './graph-retry.js';

/** One failed Graph answer, from a thrown `GraphError` or from an item of a `$batch`. */
export interface GraphFailure {
  /** HTTP status; 0 or negative when no answer came (network, timeout). */
  status: number;
  retryAfter?: string | null;
  /** Graph's `error.code`, kept for logs; never sent to a client. */
  code?: string | null;
}

/** Used when a 429 carries no readable `Retry-After`. */
const DEFAULT_RETRY_AFTER_SECONDS = 5;

/**
 * THE Graph error table. 429 -> `throttled` (with `retryAfter` seconds), 5xx or no answer ->
 * `upstream_unavailable`, 401 -> `unauthenticated`, 403 -> `forbidden`, 404 -> `not_found`,
 * 409 -> `conflict`, 412 -> `precondition_failed`. Any other status means we sent Graph a
 * request it cannot take: a plain `Error` (a 500 at the edge), never blamed on the caller.
 */
export function translateGraphFailure(failure: GraphFailure, cause?: unknown): Error {
  const { status } = failure;
  const options = { cause };
  if (status <= 0 || status >= 500) {
    return new DomainError('upstream_unavailable', 'Microsoft Graph is not available.', options);
  }
  switch (status) {
    case 429: {
      const ms = parseRetryAfterMs(failure.retryAfter);
      const retryAfter =
        ms === undefined ? DEFAULT_RETRY_AFTER_SECONDS : Math.max(1, Math.ceil(ms / 1000));
      return new DomainError('throttled', 'Microsoft Graph is throttling requests.', {
        retryAfter,
        cause,
      });
    }
    case 401:
      return new DomainError('unauthenticated', 'Microsoft Graph refused the sign-in.', options);
    case 403:
      // Most often a permission without admin consent; the caller cannot fix that alone.
      return new DomainError(
        'forbidden',
        'Microsoft Graph denied access. An administrator may need to grant Northstar its ' +
          'Microsoft Graph permissions (admin consent).',
        options,
      );
    case 404:
      return new DomainError('not_found', 'Microsoft Graph has no such item.', options);
    case 409:
      return new DomainError('conflict', 'Microsoft Graph reported a conflict.', options);
    case 412:
      return new DomainError('precondition_failed', 'The item changed in Graph.', options);
    default: {
      const code = failure.code ? ` (${failure.code})` : '';
      return new Error(`Microsoft Graph answered ${status}${code}`, options);
    }
  }
}

/**
 * Turns whatever a Graph SDK call threw into a domain error (see {@link translateGraphFailure}).
 * The only place SDK errors are caught. A `DomainError` passes through unchanged.
 */
export function translateGraphError(error: unknown): Error {
  if (isDomainError(error)) return error;
  if (error instanceof GraphError) {
    const failure = {
      status: error.statusCode,
      retryAfter: error.headers?.get('Retry-After') ?? null,
      code: error.code,
    };
    return translateGraphFailure(failure, error);
  }
  // fetch rejects with a TypeError (or an AbortError on timeout) when no answer came.
  if (error instanceof TypeError || (error instanceof Error && error.name === 'TimeoutError')) {
    return new DomainError('upstream_unavailable', 'Microsoft Graph is not reachable.', {
      cause: error,
    });
  }
  return error instanceof Error ? error : new Error('Unexpected failure calling Microsoft Graph');
}
