import { randomUUID } from 'node:crypto';
import type { CheckIn, CreateCheckIn, Goal, GoalView, Page, PageQuery } from '@northstar/shared';
import { canEditGoal } from '@northstar/shared';
import { reusedIdempotencyKey } from '../../http/idempotency-key.js';
import { DomainError, isDomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import { hashedId } from '../stable-id.js';
import type { GoalDeps } from './goal-deps.js';
import { checkValue } from './goal-input-checks.js';
import { loadVisibleGoal, viewOf } from './goal-reads.js';

/** Enough for every writer of a busy goal to get through; each lost race means another won. */
const MAX_GOAL_UPDATE_ATTEMPTS = 50;

/** How a caller checks in besides the body: the bot passes the activity's id as the key. */
export interface AddCheckInOptions {
  /**
   * Makes the request safe to repeat: the same caller, goal and key record one check-in; a repeat
   * returns it (and the goal as it is now), and a different check-in under the key is a `conflict`.
   */
  idempotencyKey?: string;
}

/**
 * Records a check-in, then moves the goal's current value to it unless a later check-in got
 * there first. The check-in is an append, so it needs no If-Match; the goal update retries on
 * 412 so concurrent check-ins are never lost. A repeated idempotency key records nothing and
 * moves the goal no further.
 */
export async function addCheckIn(
  deps: GoalDeps,
  caller: Caller,
  goalId: string,
  input: CreateCheckIn,
  options: AddCheckInOptions = {},
): Promise<{ checkIn: CheckIn; goal: GoalView }> {
  const goal = await loadVisibleGoal(deps, caller, goalId);
  if (!canEditGoal(caller.viewer, goal, await caller.chainOf(goal.ownerId))) {
    throw new DomainError(
      'forbidden',
      `Only the owner and their managers check in on "${goal.title}".`,
    );
  }
  const { idempotencyKey } = options;
  const checkIn: CheckIn = {
    id:
      idempotencyKey === undefined
        ? `ci-${randomUUID()}`
        : hashedId('ci', caller.person.id, goalId, idempotencyKey),
    tenantId: caller.tenantId,
    goalId,
    value: input.value,
    confidence: input.confidence,
    note: input.note ?? '',
    authorId: caller.person.id,
    createdAt: deps.clock.now().toISOString(),
  };
  const earlier = idempotencyKey === undefined ? null : await storedBefore(deps, checkIn);
  const stored = earlier ?? (await recordOnce(deps, goal, checkIn));
  const updated = await applyLatest(deps, caller.tenantId, goalId, stored);
  deps.snapshots.changed(caller.tenantId, goalId);
  return { checkIn: stored, goal: await viewOf(deps, caller, updated) };
}

/** Stores a new check-in on an active goal; a concurrent repeat gets what the first stored. */
async function recordOnce(deps: GoalDeps, goal: Goal, checkIn: CheckIn): Promise<CheckIn> {
  if (goal.state === 'archived') {
    throw new DomainError('conflict', `Goal "${goal.title}" is archived; it takes no check-ins.`);
  }
  checkValue(goal, checkIn.value);
  try {
    return await deps.checkIns.add(checkIn);
  } catch (error) {
    const repeated = isDomainError(error) && error.code === 'conflict';
    const earlier = repeated ? await storedBefore(deps, checkIn) : null;
    if (!earlier) throw error;
    return earlier;
  }
}

/**
 * The check-in a request with the same idempotency key stored before, if any, when it recorded
 * the same value, confidence and note; the key reused for another check-in is a `conflict`.
 */
async function storedBefore(deps: GoalDeps, checkIn: CheckIn): Promise<CheckIn | null> {
  const found = await deps.checkIns.get(checkIn.tenantId, checkIn.goalId, checkIn.id);
  if (found === null) return null;
  const same = (['value', 'confidence', 'note'] as const).every((k) => found[k] === checkIn[k]);
  if (!same) throw reusedIdempotencyKey('a different check-in');
  return found;
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
