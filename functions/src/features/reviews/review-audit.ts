import { randomUUID } from 'node:crypto';
import type { Caller } from '../access/caller.js';
import type { AuditEntry, ReviewDeps } from './review-deps.js';

/** Appends one audit entry for `subjectId`, stamped with the caller and the app's clock. */
export async function recordAudit(
  deps: ReviewDeps,
  caller: Caller,
  subject: { kind: AuditEntry['subjectKind']; id: string },
  action: string,
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
    createdAt: at,
    updatedAt: at,
  });
}
