import { randomUUID } from 'node:crypto';
import {
  decideCycleTransition,
  findPeriod,
  type CreateCycle,
  type OpenCycleResult,
  type ReviewCycle,
} from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import { checkIfMatch } from '../access/if-match.js';
import { createReviews, plannedReviews } from './cycle-reviews.js';
import { recordAudit } from './review-audit.js';
import type { ReviewDeps } from './review-deps.js';
import { everyoneFromTheTop, listAllReviews } from './review-store.js';

function requireAdmin(caller: Caller, what: string): void {
  if (!caller.viewer.isAdmin) throw new DomainError('forbidden', `Only an admin can ${what}.`);
}

/** Creates a draft cycle (admins only). */
export async function createCycle(
  deps: ReviewDeps,
  caller: Caller,
  input: CreateCycle,
): Promise<ReviewCycle> {
  requireAdmin(caller, 'create a review cycle');
  if (!findPeriod(caller.settings.periods, input.periodId)) {
    throw new DomainError('validation', 'The period does not exist.', {
      fieldErrors: [{ field: 'body.periodId', message: 'is not a period of this organisation' }],
    });
  }
  const now = deps.clock.now().toISOString();
  const cycle = await deps.cycles.create({
    id: `c-${randomUUID()}`,
    tenantId: caller.tenantId,
    ...input,
    state: 'draft',
    createdAt: now,
    updatedAt: now,
  });
  await recordAudit(deps, caller, { kind: 'cycle', id: cycle.id }, 'create_cycle');
  return cycle;
}

/** Every cycle of the caller's tenant, oldest first (one page of up to 200). */
export async function listCycles(deps: ReviewDeps, caller: Caller): Promise<ReviewCycle[]> {
  const page = await deps.cycles.query(caller.tenantId, { partition: '' }, { limit: 200 });
  return page.items;
}

/** A cycle of the caller's tenant, or 404. */
export async function loadCycle(
  deps: ReviewDeps,
  tenantId: string,
  id: string,
): Promise<ReviewCycle> {
  const cycle = await deps.cycles.get(tenantId, '', id);
  if (!cycle) throw new DomainError('not_found', `There is no review cycle ${id}.`);
  return cycle;
}

/**
 * A cycle an admin is about to manage: 404 when it is not in the caller's tenant, then 403 for
 * anyone but an admin (every member may see the cycles, so the 403 reveals nothing).
 */
export async function loadCycleForAdmin(
  deps: ReviewDeps,
  caller: Caller,
  id: string,
  what: string,
): Promise<ReviewCycle> {
  const cycle = await loadCycle(deps, caller.tenantId, id);
  requireAdmin(caller, what);
  return cycle;
}

/**
 * Opens a cycle and creates the missing reviews (admins, If-Match). Running it again on an open
 * cycle only creates what is missing, e.g. for people who joined since. Reviews are created
 * before the cycle's state changes, so a failure half-way is repaired by running it again.
 */
export async function openCycle(
  deps: ReviewDeps,
  caller: Caller,
  id: string,
  ifMatch: string | undefined,
): Promise<OpenCycleResult> {
  const cycle = await loadCycleForAdmin(deps, caller, id, 'open a review cycle');
  if (cycle.state !== 'open') {
    const decision = decideCycleTransition(cycle, 'open');
    if (!decision.allowed) throw new DomainError('conflict', decision.reason);
  }
  checkIfMatch('review cycle', cycle.etag, ifMatch);
  const people = await everyoneFromTheTop(deps.directory, caller);
  const existing = await listAllReviews(deps, caller.tenantId, cycle.id);
  const now = deps.clock.now().toISOString();
  const plan = plannedReviews(cycle, people, existing, now);
  await createReviews(deps.reviews, plan.reviews);
  let opened = cycle;
  if (cycle.state !== 'open') {
    const { etag, ...doc } = cycle;
    opened = await deps.cycles.replace({ ...doc, state: 'open', updatedAt: now }, etag);
    await recordAudit(deps, caller, { kind: 'cycle', id: cycle.id }, 'open_cycle');
  }
  return { cycle: opened, created: plan.reviews.length, skipped: plan.skipped };
}
