import {
  decideCycleTransition,
  type CycleTransition,
  type OpenCycleResult,
  type ReviewCycle,
  type UpdateCycle,
} from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import { checkIfMatch } from '../access/if-match.js';
import { loadCycleForAdmin, openCycle } from './cycle-service.js';
import { recordAudit } from './review-audit.js';
import type { ReviewDeps } from './review-deps.js';

/** Which cycle a change is for, with the `If-Match` the client sent. */
export interface CycleTarget {
  id: string;
  ifMatch: string | undefined;
}

/**
 * Renames a cycle or moves its dates (admins, If-Match), e.g. to extend a phase. The new phases
 * arrive whole and in order (`CyclePhasesSchema` checks them at the edge); the reviews follow
 * them at once, since every review decision reads the cycle's dates. A closed cycle is 409.
 */
export async function updateCycle(
  deps: ReviewDeps,
  caller: Caller,
  target: CycleTarget,
  update: UpdateCycle,
): Promise<ReviewCycle> {
  const cycle = await loadCycleForAdmin(deps, caller, target.id, 'change a review cycle');
  if (cycle.state === 'closed') {
    throw new DomainError(
      'conflict',
      `The review cycle "${cycle.name}" is closed; its name and dates can no longer change.`,
    );
  }
  const etag = checkIfMatch('review cycle', cycle.etag, target.ifMatch);
  const { etag: _stored, ...doc } = cycle;
  const next = { ...doc, ...update, updatedAt: deps.clock.now().toISOString() };
  const written = await deps.cycles.replace(next, etag);
  const fields = Object.keys(update).sort();
  await recordAudit(deps, caller, { kind: 'cycle', id: cycle.id }, 'update_cycle', { fields });
  return written;
}

/**
 * Closes an open cycle (admins, If-Match): from then on every review of it is frozen (the review
 * state machine answers 409 for any change). A draft or an already closed cycle is 409.
 */
export async function closeCycle(
  deps: ReviewDeps,
  caller: Caller,
  target: CycleTarget,
): Promise<ReviewCycle> {
  const cycle = await loadCycleForAdmin(deps, caller, target.id, 'close a review cycle');
  const decision = decideCycleTransition(cycle, 'closed');
  if (!decision.allowed) throw new DomainError('conflict', decision.reason);
  const etag = checkIfMatch('review cycle', cycle.etag, target.ifMatch);
  const { etag: _stored, ...doc } = cycle;
  const now = deps.clock.now().toISOString();
  const closed = await deps.cycles.replace({ ...doc, state: 'closed', updatedAt: now }, etag);
  await recordAudit(deps, caller, { kind: 'cycle', id: cycle.id }, 'close_cycle');
  return closed;
}

/**
 * `POST /api/cycles/{id}/state`: `open` is exactly `openCycle` (so it also creates the reviews
 * missing in an open cycle); `closed` is `closeCycle`, answered in the same shape with nothing
 * created and nobody skipped.
 */
export async function transitionCycle(
  deps: ReviewDeps,
  caller: Caller,
  target: CycleTarget,
  transition: CycleTransition,
): Promise<OpenCycleResult> {
  switch (transition.state) {
    case 'open':
      return openCycle(deps, caller, target.id, target.ifMatch);
    case 'closed':
      return { cycle: await closeCycle(deps, caller, target), created: 0, skipped: [] };
  }
}
