import type { Goal, GoalQuery, GoalView, Page } from '@northstar/shared';
import { canViewGoal, ownProgress, toGoalView } from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import type { GoalDeps } from './goal-deps.js';

/** Computes the view (progress, status) of one goal; roll-up comes from the tenant snapshot. */
export async function viewOf(deps: GoalDeps, caller: Caller, goal: Goal): Promise<GoalView> {
  return (await viewsOf(deps, caller, [goal]))[0] as GoalView;
}

/** The views of `goals`, all from one read of the tenant snapshot (none if every goal has a metric). */
async function viewsOf(
  deps: GoalDeps,
  caller: Caller,
  goals: readonly Goal[],
): Promise<GoalView[]> {
  const rolledUp = goals.every((goal) => goal.metric)
    ? undefined
    : (await deps.snapshots.get(caller.tenantId)).progress;
  const now = deps.clock.now();
  return goals.map((goal) => {
    const progress = goal.metric
      ? (ownProgress(goal) ?? 0)
      : (rolledUp?.get(goal.id) ?? ownProgress(goal) ?? 0);
    return toGoalView(goal, progress, now, caller.settings.checkInCadenceDays);
  });
}

/** True when the caller may see the goal (private goals: owner, their managers, admins). */
export async function callerCanView(caller: Caller, goal: Goal): Promise<boolean> {
  if (goal.level === 'company' || goal.level === 'team' || goal.visibility === 'public') {
    return canViewGoal(caller.viewer, goal, []);
  }
  return canViewGoal(caller.viewer, goal, await caller.chainOf(goal.ownerId));
}

/** Loads a goal the caller may see; anything else is `not_found`, so existence never leaks. */
export async function loadVisibleGoal(deps: GoalDeps, caller: Caller, id: string): Promise<Goal> {
  const goal = await deps.goals.get(caller.tenantId, id);
  if (!goal || !(await callerCanView(caller, goal))) {
    throw new DomainError('not_found', `There is no goal ${id} that you can see.`);
  }
  return goal;
}

/**
 * One page of the goals the caller may see. Visibility and the derived `status` filter apply
 * after the store's page, so a page can hold fewer than `limit` items; `nextCursor` still
 * leads on.
 */
export async function listGoals(
  deps: GoalDeps,
  caller: Caller,
  query: GoalQuery,
): Promise<Page<GoalView>> {
  const page = await deps.goals.list(
    caller.tenantId,
    {
      ...(query.ownerId === undefined
        ? {}
        : { ownerId: query.ownerId === 'me' ? caller.person.id : query.ownerId }),
      ...(query.parentId === undefined ? {} : { parentId: query.parentId }),
      ...(query.level === undefined ? {} : { level: query.level }),
      ...(query.period === undefined ? {} : { periodId: query.period }),
      includeArchived: query.includeArchived === 'true',
    },
    { limit: query.limit, ...(query.cursor === undefined ? {} : { cursor: query.cursor }) },
  );
  const visible: Goal[] = [];
  for (const goal of page.items) {
    if (await callerCanView(caller, goal)) visible.push(goal);
  }
  const views = await viewsOf(deps, caller, visible);
  const items = query.status ? views.filter((v) => v.status === query.status) : views;
  return page.nextCursor === undefined ? { items } : { items, nextCursor: page.nextCursor };
}
