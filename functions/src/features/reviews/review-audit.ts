import { randomUUID } from 'node:crypto';
import type { Caller } from '../access/caller.js';
import type { AuditDeps, AuditEntry, AuditSubjectKind } from './review-deps.js';

/** What else an entry may say: which item of a 1:1, which fields of an update. */
export type AuditDetails = Pick<AuditEntry, 'itemId' | 'fields'>;

/**
 * Appends one audit entry for `subject`, stamped with the caller and the app's clock. Entries
 * name what changed, never the new values: the trail is read by admins, the content by its
 * audience alone.
 */
export async function recordAudit(
  deps: AuditDeps,
  caller: Caller,
  subject: { kind: AuditSubjectKind; id: string },
  action: string,
  details: AuditDetails = {},
): Promise<void> {
  const at = deps.clock.now().toISOString();
  await deps.audit.create({
    id: `a-${randomUUID()}`,
    tenantId: caller.tenantId,
    subjectId: subject.id,
    subjectKind: subject.kind,
    actorId: caller.person.id,
    action,
    at,
    ...(details.itemId === undefined ? {} : { itemId: details.itemId }),
    ...(details.fields === undefined ? {} : { fields: details.fields }),
    createdAt: at,
    updatedAt: at,
  });
}
