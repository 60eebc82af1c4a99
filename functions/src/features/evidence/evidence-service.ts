import type { Evidence, Goal, Page, PageQuery, SaveEvidence } from '@northstar/shared';
import {
  EVIDENCE_AUTHOR_MAX_LENGTH,
  EVIDENCE_TEXT_MAX_LENGTH,
  canEditGoal,
  canReadEvidence,
  truncate,
} from '@northstar/shared';
import { DomainError, isDomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import { loadVisibleGoal } from '../goals/goal-reads.js';
import { hashedId } from '../stable-id.js';
import {
  evidenceDocument,
  evidenceOf,
  removedDocument,
  type EvidenceDeps,
  type StoredEvidence,
} from './evidence-deps.js';

/** What saving a message as evidence did. */
export interface SavedEvidence {
  evidence: Evidence;
  goal: Goal;
  /** `false` when the message was already kept on the goal (the first save is what is kept). */
  created: boolean;
}

/**
 * The goal `goalId` when the caller may `read` its evidence or `change` it.
 *
 * Who may do what (the privacy rule of evidence, which is chat text):
 * - a goal the caller may not see: `not_found`, exactly as for a goal that does not exist;
 * - read (list): the goal's owner, their management chain and admins (`canReadEvidence`);
 *   anyone else who may see the goal gets `forbidden`;
 * - change (save, remove): whoever may edit the goal, the same rule as check-ins
 *   (`canEditGoal`: the owner, their managers, admins); anyone else who may see it, `forbidden`.
 */
async function goalFor(
  deps: EvidenceDeps,
  caller: Caller,
  goalId: string,
  need: 'read' | 'change',
): Promise<Goal> {
  const goal = await loadVisibleGoal(deps.goals, caller, goalId);
  const chain = await caller.chainOf(goal.ownerId);
  if (need === 'read' && !canReadEvidence(caller.viewer, goal, chain)) {
    throw new DomainError(
      'forbidden',
      'Only the goal’s owner, their managers and admins see its evidence.',
    );
  }
  if (need === 'change' && !canEditGoal(caller.viewer, goal, chain)) {
    throw new DomainError(
      'forbidden',
      `Only the owner and their managers keep evidence on "${goal.title}".`,
    );
  }
  return goal;
}

/**
 * Keeps a chat message on a goal of the caller's choosing. The id comes from the goal and the
 * message, so saving the same message on the same goal again keeps the first save (`created:
 * false`) and a retried invoke is harmless. Errors: `not_found` and `forbidden` (see
 * {@link goalFor}), `conflict` for an archived goal.
 */
export async function saveEvidence(
  deps: EvidenceDeps,
  caller: Caller,
  input: SaveEvidence,
): Promise<SavedEvidence> {
  const goal = await goalFor(deps, caller, input.goalId, 'change');
  if (goal.state === 'archived') {
    throw new DomainError('conflict', `Goal "${goal.title}" is archived; it takes no evidence.`);
  }
  const evidence: Evidence = {
    id: hashedId('evidence', goal.id, input.messageId),
    tenantId: caller.tenantId,
    goalId: goal.id,
    messageId: input.messageId,
    messageUrl: input.messageUrl,
    text: truncate(input.text, EVIDENCE_TEXT_MAX_LENGTH),
    authorName: truncate(input.authorName, EVIDENCE_AUTHOR_MAX_LENGTH),
    note: input.note ?? '',
    savedById: caller.person.id,
    createdAt: deps.goals.clock.now().toISOString(),
  };
  try {
    const stored = await deps.evidence.create(evidenceDocument(evidence));
    return { evidence: evidenceOf(stored), goal, created: true };
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'conflict') throw error;
    return { ...(await keptBefore(deps, evidence)), goal };
  }
}

/** The evidence a save with an existing id ends with: the kept one, or a removed one renewed. */
async function keptBefore(
  deps: EvidenceDeps,
  evidence: Evidence,
): Promise<{ evidence: Evidence; created: boolean }> {
  const stored = await deps.evidence.get(evidence.tenantId, evidence.goalId, evidence.id);
  if (!stored) throw new DomainError('conflict', 'The evidence changed while saving; try again.');
  if (stored.state === 'kept') return { evidence: evidenceOf(stored), created: false };
  const renewed = await deps.evidence.replace(evidenceDocument(evidence), stored.etag);
  return { evidence: evidenceOf(renewed), created: true };
}

/** The evidence kept on a goal, newest first; who may read it: see {@link goalFor}. */
export async function listEvidence(
  deps: EvidenceDeps,
  caller: Caller,
  goalId: string,
  page: PageQuery,
): Promise<Page<Evidence>> {
  const goal = await goalFor(deps, caller, goalId, 'read');
  const found = await deps.evidence.query(
    caller.tenantId,
    { partition: goal.id, where: { state: 'kept' }, newestFirst: true },
    { limit: page.limit, ...(page.cursor === undefined ? {} : { cursor: page.cursor }) },
  );
  const items = found.items.map(evidenceOf);
  return found.nextCursor === undefined ? { items } : { items, nextCursor: found.nextCursor };
}

/**
 * Removes one piece of evidence from a goal (who may: see {@link goalFor}); its chat text is
 * gone afterwards. Evidence that is not on the goal, or already removed, is `not_found`.
 */
export async function removeEvidence(
  deps: EvidenceDeps,
  caller: Caller,
  goalId: string,
  evidenceId: string,
): Promise<void> {
  const goal = await goalFor(deps, caller, goalId, 'change');
  const stored = await deps.evidence.get(caller.tenantId, goal.id, evidenceId);
  if (!stored || stored.state !== 'kept') {
    throw new DomainError('not_found', `There is no evidence ${evidenceId} on this goal.`);
  }
  const at = deps.goals.clock.now().toISOString();
  await replaceOrConflict(deps, removedDocument(stored, at), stored.etag);
}

async function replaceOrConflict(
  deps: EvidenceDeps,
  doc: Omit<StoredEvidence, 'etag'>,
  etag: string,
): Promise<void> {
  try {
    await deps.evidence.replace(doc, etag);
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'precondition_failed') throw error;
    throw new DomainError('conflict', 'The evidence changed while removing it; reload and retry.');
  }
}
