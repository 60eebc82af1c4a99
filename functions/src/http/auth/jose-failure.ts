import { errors } from 'jose';
import { DomainError, isDomainError } from '../../ports/errors.js';

/** Short, client-safe reasons per jose error code; jose's own messages stay in `cause`. */
const REASONS: Record<string, string> = {
  ERR_JOSE_ALG_NOT_ALLOWED: 'token algorithm not allowed',
  ERR_JOSE_NOT_SUPPORTED: 'token algorithm not supported',
  ERR_JWS_INVALID: 'token is malformed',
  ERR_JWT_INVALID: 'token is malformed',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'token signature is invalid',
  ERR_JWKS_NO_MATCHING_KEY: 'no signing key matches the token',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'signing key of the token is ambiguous',
  ERR_JWT_EXPIRED: 'token has expired',
};

function claimReason(error: errors.JWTClaimValidationFailed): string {
  if (error.claim === 'nbf') return 'token is not yet valid';
  if (error.reason === 'missing') return `token lacks the "${error.claim}" claim`;
  return `token "${error.claim}" claim is not accepted`;
}

/**
 * Turns anything thrown while verifying a token into `DomainError('unauthenticated')` with a
 * short reason, keeping the original error as `cause`. A `DomainError` passes through unchanged
 * (e.g. `upstream_unavailable` when the signing keys cannot be fetched).
 */
export function toUnauthenticated(error: unknown): DomainError {
  if (isDomainError(error)) return error;
  let reason = 'token is invalid';
  if (error instanceof errors.JWTClaimValidationFailed) reason = claimReason(error);
  else if (error instanceof errors.JOSEError) reason = REASONS[error.code] ?? reason;
  return new DomainError('unauthenticated', reason, { cause: error });
}
