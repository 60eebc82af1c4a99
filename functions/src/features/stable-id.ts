import { createHash } from 'node:crypto';

/** A hex digest of `parts`, the same for the same parts: for idempotent ids and transaction ids. */
export function stableHash(parts: readonly string[], length = 40): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, length);
}

/** A stable id from parts, short enough for `IdSchema` whatever the parts are. */
export function hashedId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${stableHash(parts)}`;
}
