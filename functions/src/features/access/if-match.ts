import { DomainError } from '../../ports/errors.js';

/** Throws the HTTP 428/412 errors of a write guarded by If-Match. */
export function checkIfMatch(what: string, etag: string, ifMatch: string | undefined): string {
  if (ifMatch === undefined) {
    throw new DomainError(
      'precondition_required',
      `Send the ${what}’s ETag in an If-Match header.`,
    );
  }
  if (ifMatch !== etag) {
    throw new DomainError('precondition_failed', `The ${what} changed since you loaded it.`);
  }
  return ifMatch;
}
