import { DomainError } from '../../ports/errors.js';

// RFC 6750 b64token, after a case-insensitive "Bearer" scheme.
const BEARER = /^bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * Returns the token of an `Authorization: Bearer <token>` header value.
 * Throws `DomainError('unauthenticated')` when the header is missing or uses another form.
 */
export function readBearerToken(authorizationHeader: string | null): string {
  const value = authorizationHeader?.trim() ?? '';
  if (value === '') throw new DomainError('unauthenticated', 'missing bearer token');
  const token = BEARER.exec(value)?.[1];
  if (token === undefined) {
    throw new DomainError('unauthenticated', 'authorization header is not a bearer token');
  }
  return token;
}
