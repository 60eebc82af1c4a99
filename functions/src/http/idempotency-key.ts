import { DomainError } from '../ports/errors.js';

/** What an `Idempotency-Key` may hold: 1 to 128 visible ASCII characters. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;

/** The field a problem about the `Idempotency-Key` header names. */
export const IDEMPOTENCY_KEY_FIELD = 'headers.idempotency-key';

/** The `Idempotency-Key` header, checked; `undefined` when not sent. */
export function checkedIdempotencyKey(header: string | null): string | undefined {
  if (header === null) return undefined;
  if (IDEMPOTENCY_KEY.test(header)) return header;
  throw new DomainError('validation', 'The Idempotency-Key header is not valid.', {
    fieldErrors: [
      { field: IDEMPOTENCY_KEY_FIELD, message: 'must be 1 to 128 visible ASCII characters' },
    ],
  });
}

/**
 * The `conflict` for a key already used for another request; `other` says what that request
 * made (`different kudos`, `a different check-in`).
 */
export function reusedIdempotencyKey(other: string): DomainError {
  return new DomainError(
    'conflict',
    `This Idempotency-Key was already used for ${other}; send a new key.`,
    { fieldErrors: [{ field: IDEMPOTENCY_KEY_FIELD, message: `was already used for ${other}` }] },
  );
}
