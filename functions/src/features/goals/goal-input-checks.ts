import type { Goal, GoalLevel, ParentLink, TenantSettings } from '@northstar/shared';
import { findAlignmentCycle, findPeriod, periodForDate } from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import type { GoalDeps } from './goal-deps.js';
import { callerCanView } from './goal-reads.js';

function invalid(field: string, message: string): DomainError {
  return new DomainError('validation', `${field} ${message}`, {
    fieldErrors: [{ field, message }],
  });
}

/** The owner must be a person of the caller's tenant. */
export async function checkOwner(deps: GoalDeps, caller: Caller, ownerId: string): Promise<void> {
  const owner = await deps.directory.getPerson(caller.tenantId, ownerId);
  if (!owner) throw invalid('body.ownerId', 'is not a person in your organisation');
}

/**
 * Parents must exist, be visible to the caller and active; company goals have none; the new
 * links must not close a loop in the alignment graph.
 */
export async function checkParents(
  deps: GoalDeps,
  caller: Caller,
  goal: { id: string; level: GoalLevel; parentIds: ParentLink[] },
): Promise<void> {
  if (goal.parentIds.length === 0) return;
  if (goal.level === 'company') {
    throw invalid('body.parentIds', 'must be empty: company goals are the top of the alignment');
  }
  for (const [index, link] of goal.parentIds.entries()) {
    const field = `body.parentIds.${index}.goalId`;
    const parent = await deps.goals.get(caller.tenantId, link.goalId);
    if (!parent || !(await callerCanView(caller, parent))) {
      throw invalid(field, `names no goal you can see (${link.goalId})`);
    }
    if (parent.state !== 'active') throw invalid(field, `names an archived goal (${parent.title})`);
  }
  const { goals } = await deps.snapshots.get(caller.tenantId);
  const cycle = findAlignmentCycle(goals, goal);
  if (cycle) {
    throw invalid('body.parentIds', `would make a loop in the alignment: ${cycle.join(' -> ')}`);
  }
}

/** The period named, or else the one containing the due date. */
export function resolvePeriodId(
  settings: TenantSettings,
  periodId: string | undefined,
  dueDate: string,
): string {
  if (periodId !== undefined) {
    if (!findPeriod(settings.periods, periodId)) {
      throw invalid('body.periodId', `is not a goal period of your organisation (${periodId})`);
    }
    return periodId;
  }
  const period = periodForDate(settings.periods, dueDate);
  if (!period) throw invalid('body.dueDate', 'is outside every goal period; pick an earlier date');
  return period.id;
}

/** Dates after merging a patch: the due date may not precede the start. */
export function checkDates(goal: Pick<Goal, 'startDate' | 'dueDate'>): void {
  if (goal.dueDate < goal.startDate) throw invalid('body.dueDate', 'must be on or after startDate');
}

/** Visibility is a choice only for individual and development goals. */
export function checkVisibility(level: GoalLevel, visibility: string | undefined): void {
  if (visibility === 'private' && (level === 'company' || level === 'team')) {
    throw invalid('body.visibility', 'must be public for company and team goals');
  }
}

/** A value for a goal without a metric is a percentage. */
export function checkValue(goal: Pick<Goal, 'metric'>, value: number): void {
  if (!goal.metric && (value < 0 || value > 100)) {
    throw invalid('body.value', 'must be a percentage from 0 to 100 for a goal without a metric');
  }
}
