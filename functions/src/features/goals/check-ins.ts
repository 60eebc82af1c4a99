import { randomUUID } from 'node:crypto';
import type { CheckIn, CreateCheckIn, Goal, GoalView, Page, PageQuery } from '@northstar/shared';
import { canEditGoal } from '@northstar/shared';
import { DomainError, isDomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import type { GoalDeps } from './goal-deps.js';
import { checkValue } from './goal-input-checks.js';
import { loadVisibleGoal, viewOf } from './goal-reads.js';

/** Enough for every writer of a busy goal to get through; each lost race means another won. */
const MAX_GOAL_UPDATE_ATTEMPTS = 50;

/**
 * Records a check-in, then moves the goal's current value to it unless a later check-in got
 * there first. The check-in is an append, so it needs no If-Match; the goal update retries on
 * 412 so concurrent check-ins are never lost.
 */
export async function addCheckIn(
  deps: GoalDeps,
  caller: Caller,
  goalId: string,
  input: CreateCheckIn,
): Promise<{ checkIn: CheckIn; goal: GoalView }> {
  const goal = await loadVisibleGoal(deps, caller, goalId);
  if (!canEditGoal(caller.viewer, goal, await caller.chainOf(goal.ownerId))) {
    throw new DomainError(
      'forbidden',
      `Only the owner and their managers check in on "${goal.title}".`,
    );
  }
  if (goal.state === 'archived') {
    throw new DomainError('conflict', `Goal "${goal.title}" is archived; it takes no check-ins.`);
  }
  checkValue(goal, input.value);
  const checkIn = await deps.checkIns.add({
    id: `ci-${randomUUID()}`,
    tenantId: caller.tenantId,
    goalId,
    value: input.value,
    confidence: input.confidence,
    note: input.note ?? '',
    authorId: caller.person.id,
    createdAt: deps.clock.now().toISOString(),
  });
  const updated = await applyLatest(deps, caller.tenantId, goalId, checkIn);
  deps.snapshots.invalidate(caller.tenantId);
  return { checkIn, goal: await viewOf(deps, caller, updated) };
}

async function applyLatest(
  deps: GoalDeps,
  tenantId: string,
  goalId: string,
  checkIn: CheckIn,
): Promise<Goal> {
  for (let attempt = 1; ; attempt++) {
    const goal = await deps.goals.get(tenantId, goalId);
    if (!goal) throw new DomainError('not_found', `Goal ${goalId} was removed while checking in.`);
    if (goal.lastCheckInAt !== null && goal.lastCheckInAt >= checkIn.createdAt) return goal;
    const { etag, ...doc } = goal;
    try {
      return await deps.goals.update(
        {
          ...doc,
          current: checkIn.value,
          lastConfidence: checkIn.confidence,
          lastCheckInAt: checkIn.createdAt,
          updatedAt: checkIn.createdAt,
        },
        etag,
      );
    } catch (error) {
      const lostRace = isDomainError(error) && error.code === 'precondition_failed';
      if (!lostRace || attempt >= MAX_GOAL_UPDATE_ATTEMPTS) throw error;
    }
  }
}

/** Check-ins of a goal the caller may see, newest first. */
export async function listCheckIns(
  deps: GoalDeps,
  caller: Caller,
  goalId: string,
  page: PageQuery,
): Promise<Page<CheckIn>> {
  await loadVisibleGoal(deps, caller, goalId);
  return deps.checkIns.listByGoal(caller.tenantId, goalId, {
    limit: page.limit,
    ...(page.cursor === undefined ? {} : { cursor: page.cursor }),
  });
}
