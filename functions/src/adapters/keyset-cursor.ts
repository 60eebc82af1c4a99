import type { Page } from '@northstar/shared';
import { DomainError } from '../ports/errors.js';

/**
 * The position of the last item of a page in a `(createdAt, id)` keyset. Both store adapters
 * page this way (rather than with Cosmos continuation tokens) so a cursor means the same thing
 * on every store and a page always costs one query.
 */
export interface KeysetPosition {
  createdAt: string;
  id: string;
}

/** The opaque cursor for a position: base64url of `[createdAt, id]`. */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

/** The position a cursor names; `undefined` for no cursor, `validation` for a malformed one. */
export function decodeCursor(cursor: string | undefined): KeysetPosition | undefined {
  if (cursor === undefined) return undefined;
  const decoded = parseJson(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (
    Array.isArray(decoded) &&
    decoded.length === 2 &&
    typeof decoded[0] === 'string' &&
    typeof decoded[1] === 'string'
  ) {
    return { createdAt: decoded[0], id: decoded[1] };
  }
  throw new DomainError('validation', 'The cursor is not valid.', {
    fieldErrors: [{ field: 'query.cursor', message: 'is not a cursor this list produced' }],
  });
}

/** How many rows a page query fetches: one more than the limit, to know if a next page exists. */
export function rowsToFetch(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new DomainError('validation', 'The page limit must be a positive integer.', {
      fieldErrors: [{ field: 'query.limit', message: 'must be a positive integer' }],
    });
  }
  return limit + 1;
}

/** Cuts the fetched rows (up to `limit + 1`) into a page with the cursor of its last item. */
export function toPage<T extends KeysetPosition>(rows: T[], limit: number): Page<T> {
  if (rows.length <= limit) return { items: rows };
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return last === undefined ? { items } : { items, nextCursor: encodeCursor(last) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
