import { randomUUID } from 'node:crypto';
import type { CreateGoal, Goal, GoalView, UpdateGoal } from '@northstar/shared';
import { canCreateGoal, canEditGoal } from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import type { GoalDeps } from './goal-deps.js';
import {
  checkDates,
  checkOwner,
  checkParents,
  checkVisibility,
  resolvePeriodId,
} from './goal-input-checks.js';
import { loadVisibleGoal, viewOf } from './goal-reads.js';
import { checkIfMatch } from '../access/if-match.js';

/** Creates a goal for the caller or, where allowed, for someone in their reporting line. */
export async function createGoal(
  deps: GoalDeps,
  caller: Caller,
  input: CreateGoal,
): Promise<GoalView> {
  const ownerId = input.ownerId ?? caller.person.id;
  if (ownerId !== caller.person.id) await checkOwner(deps, caller, ownerId);
  if (!canCreateGoal(caller.viewer, input.level, ownerId, await caller.chainOf(ownerId))) {
    throw new DomainError('forbidden', `You may not create a ${input.level} goal for ${ownerId}.`);
  }
  checkVisibility(input.level, input.visibility);
  const id = `g-${randomUUID()}`;
  const parentIds = input.parentIds ?? [];
  await checkParents(deps, caller, { id, level: input.level, parentIds });
  const now = deps.clock.now().toISOString();
  const personal = input.level === 'individual' || input.level === 'development';
  const goal: Omit<Goal, 'etag'> = {
    id,
    tenantId: caller.tenantId,
    title: input.title,
    description: input.description ?? '',
    level: input.level,
    ownerId,
    parentIds,
    metric: input.metric ?? null,
    current: null,
    startDate: input.startDate,
    dueDate: input.dueDate,
    periodId: resolvePeriodId(caller.settings, input.periodId, input.dueDate),
    visibility: personal ? (input.visibility ?? 'private') : 'public',
    state: 'active',
    lastCheckInAt: null,
    lastConfidence: null,
    createdBy: caller.person.id,
    createdAt: now,
    updatedAt: now,
  };
  const created = await deps.goals.create(goal);
  deps.snapshots.changed(caller.tenantId, created.id);
  return viewOf(deps, caller, created);
}

/** Loads a goal the caller may change, with the If-Match the change must carry. */
async function loadEditable(deps: GoalDeps, caller: Caller, id: string, ifMatch?: string) {
  const goal = await loadVisibleGoal(deps, caller, id);
  if (!canEditGoal(caller.viewer, goal, await caller.chainOf(goal.ownerId))) {
    throw new DomainError('forbidden', `You may see goal "${goal.title}" but not change it.`);
  }
  checkIfMatch('goal', goal.etag, ifMatch);
  return goal;
}

/** Applies a partial edit guarded by If-Match. */
export async function updateGoal(
  deps: GoalDeps,
  caller: Caller,
  id: string,
  patch: UpdateGoal,
  ifMatch: string | undefined,
): Promise<GoalView> {
  const goal = await loadEditable(deps, caller, id, ifMatch);
  if (goal.state === 'archived') {
    throw new DomainError('conflict', `Goal "${goal.title}" is archived; it can no longer change.`);
  }
  const next: Goal = { ...goal, ...patch, updatedAt: deps.clock.now().toISOString() };
  if (patch.ownerId !== undefined && patch.ownerId !== goal.ownerId) {
    await checkOwner(deps, caller, patch.ownerId);
    if (
      !canCreateGoal(caller.viewer, goal.level, patch.ownerId, await caller.chainOf(patch.ownerId))
    ) {
      throw new DomainError('forbidden', `You may not give this goal to ${patch.ownerId}.`);
    }
  }
  checkVisibility(goal.level, patch.visibility);
  checkDates(next);
  if (patch.periodId !== undefined || patch.dueDate !== undefined) {
    next.periodId = resolvePeriodId(caller.settings, patch.periodId, next.dueDate);
  }
  if (patch.parentIds !== undefined) await checkParents(deps, caller, next);
  const { etag: _stored, ...doc } = next;
  const updated = await deps.goals.update(doc, ifMatch ?? '');
  deps.snapshots.changed(caller.tenantId, updated.id);
  return viewOf(deps, caller, updated);
}

/** Archives a goal (the DELETE route): it leaves lists and roll-up but stays readable. */
export async function archiveGoal(
  deps: GoalDeps,
  caller: Caller,
  id: string,
  ifMatch: string | undefined,
): Promise<GoalView> {
  const goal = await loadEditable(deps, caller, id, ifMatch);
  if (goal.state === 'archived') return viewOf(deps, caller, goal);
  const { etag: _stored, ...doc } = goal;
  const archived = await deps.goals.update(
    { ...doc, state: 'archived', updatedAt: deps.clock.now().toISOString() },
    ifMatch ?? '',
  );
  deps.snapshots.changed(caller.tenantId, archived.id);
  return viewOf(deps, caller, archived);
}
