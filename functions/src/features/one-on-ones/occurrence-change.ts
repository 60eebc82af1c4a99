import { DomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import { checkIfMatch } from '../access/if-match.js';
import { recordAudit, type AuditDetails } from '../reviews/review-audit.js';
import type { OneOnOneView } from '@northstar/shared';
import type { OneOnOneDeps, StoredOneOnOne } from './one-on-one-deps.js';
import { findOccurrence, toView } from './occurrence-service.js';

/** Which 1:1 a change is for, with the `If-Match` the client sent. */
export interface OccurrenceTarget {
  seriesId: string;
  id: string;
  ifMatch: string | undefined;
}

/** What a change does to a loaded 1:1: the fields it replaces. */
export type OccurrenceEdit = (
  doc: StoredOneOnOne,
) => Partial<Pick<StoredOneOnOne, 'agenda' | 'sharedNotes' | 'actionItems'>>;

/** How a change appears in the audit trail: the action, and which item and fields it touched. */
export type OccurrenceAudit = AuditDetails & { action: string };

const ATTEMPTS = 3;

/**
 * Applies `edit` to a 1:1 under optimistic concurrency, then writes `options.audit` to the audit
 * trail of the 1:1 (once, however many attempts it took). An update (`ifMatchRequired`) needs
 * the client's If-Match (428/412). An addition without one is retried on a concurrent write,
 * since adding a point never overwrites what the other participant just wrote.
 */
export async function changeOccurrence(
  deps: OneOnOneDeps,
  caller: Caller,
  target: OccurrenceTarget,
  options: { ifMatchRequired: boolean; audit: OccurrenceAudit },
  edit: OccurrenceEdit,
): Promise<OneOnOneView> {
  const { action, ...details } = options.audit;
  for (let attempt = 1; ; attempt += 1) {
    const doc = await findOccurrence(deps, caller, target);
    const retrying = !options.ifMatchRequired && target.ifMatch === undefined;
    const expected = retrying ? doc.etag : checkIfMatch('1:1', doc.etag, target.ifMatch);
    const next = { ...doc, ...edit(doc), updatedAt: deps.clock.now().toISOString() };
    try {
      const written = await deps.oneOnOnes.replace(next, expected);
      await recordAudit(deps, caller, { kind: 'one-on-one', id: doc.id }, action, details);
      return toView(written);
    } catch (error) {
      const raced = error instanceof DomainError && error.code === 'precondition_failed';
      if (!raced || !retrying || attempt >= ATTEMPTS) throw error;
    }
  }
}

/** The item of `items` with `id`; `not_found` naming `what` otherwise. */
export function indexOfItem(items: readonly { id: string }[], id: string, what: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw new DomainError('not_found', `There is no such ${what} on this 1:1.`);
  return index;
}

/** A 400 naming one body field. */
export function fieldError(field: string, message: string): DomainError {
  return new DomainError('validation', `The request is not valid: ${field} ${message}.`, {
    fieldErrors: [{ field: `body.${field}`, message }],
  });
}
