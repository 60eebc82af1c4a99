import type { HealthFlag } from '../contracts/alignment.js';
import type { Goal } from '../contracts/goal.js';
import type { TenantSettings } from '../contracts/tenant.js';
import { DAY_MS } from './calendar.js';
import { indexById, isActive } from './goal-graph.js';
import { rollUpProgress } from './rollup.js';
import { isStale } from './status.js';

/** Settings the health rules read. */
export type HealthSettings = Pick<TenantSettings, 'checkInCadenceDays' | 'maxActiveGoalsPerOwner'>;

/** Optional inputs for `healthFlags`. */
export interface HealthOptions {
  /** Progress from `rollUpProgress(goals)`, when the caller has it already. */
  progress?: ReadonlyMap<string, number>;
  /** Parents failing this are not named in messages (default: every goal may be named). */
  isVisible?: (goal: Goal) => boolean;
  /** Flag only these goals (judged against all of `goals`); default: every goal. */
  only?: readonly Goal[];
  /** `goals` by id and active goals per owner, when the caller has them already. */
  index?: { byId: ReadonlyMap<string, Goal>; activeByOwner: ReadonlyMap<string, number> };
}

interface Context {
  readonly byId: ReadonlyMap<string, Goal>;
  readonly progress: ReadonlyMap<string, number>;
  readonly activeByOwner: ReadonlyMap<string, number>;
  readonly settings: HealthSettings;
  readonly now: Date;
  readonly isVisible: (goal: Goal) => boolean;
}

/**
 * Problems with the alignment of each active goal, in plain words: `orphan` (not aligned and not
 * a company goal), `stale` (no check-in within the cadence, as in `deriveStatus`),
 * `parent_inactive` (a parent is archived, done or missing; one flag per such parent),
 * `due_after_parent` (due later than a parent), `owner_overloaded` (the owner has more active
 * goals than allowed). The map holds only goals with at least one flag; archived goals get none.
 * Linear in goals + links.
 */
export function healthFlags(
  goals: readonly Goal[],
  settings: HealthSettings,
  now: Date,
  options: HealthOptions = {},
): Map<string, HealthFlag[]> {
  const context: Context = {
    byId: options.index?.byId ?? indexById(goals),
    progress: options.progress ?? rollUpProgress(goals),
    activeByOwner: options.index?.activeByOwner ?? countActiveByOwner(goals),
    settings,
    now,
    isVisible: options.isVisible ?? (() => true),
  };
  const flags = new Map<string, HealthFlag[]>();
  for (const goal of options.only ?? goals) {
    if (!isActive(goal)) continue;
    const found = flagsFor(goal, context);
    if (found.length > 0) flags.set(goal.id, found);
  }
  return flags;
}

/** Active goals per owner. */
export function countActiveByOwner(goals: readonly Goal[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const g of goals) if (isActive(g)) counts.set(g.ownerId, (counts.get(g.ownerId) ?? 0) + 1);
  return counts;
}

function flagsFor(goal: Goal, context: Context): HealthFlag[] {
  const flags: HealthFlag[] = [];
  if (goal.parentIds.length === 0 && goal.level !== 'company') {
    const above = goal.level === 'team' ? 'a company goal' : 'a team or company goal';
    flags.push({ code: 'orphan', message: `It is not aligned to ${above}.` });
  }
  const { checkInCadenceDays, maxActiveGoalsPerOwner } = context.settings;
  if (isStale(goal, context.now, checkInCadenceDays)) {
    flags.push({ code: 'stale', message: staleMessage(goal, context.now, checkInCadenceDays) });
  }
  for (const link of goal.parentIds) addParentFlags(flags, goal, link.goalId, context);
  const owned = context.activeByOwner.get(goal.ownerId) ?? 0;
  if (owned > maxActiveGoalsPerOwner) {
    flags.push({
      code: 'owner_overloaded',
      message: `Its owner has ${owned} active goals, more than the limit of ${maxActiveGoalsPerOwner}.`,
    });
  }
  return flags;
}

function staleMessage(goal: Goal, now: Date, cadenceDays: number): string {
  const since = goal.lastCheckInAt ?? goal.createdAt;
  const days = Math.floor((now.getTime() - Date.parse(since)) / DAY_MS);
  const what = goal.lastCheckInAt === null ? 'No check-in since it was created' : 'Last check-in';
  return `${what} ${dayCount(days)} ago; check-ins are expected every ${dayCount(cadenceDays)}.`;
}

function dayCount(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** Adds the flags that the link to `parentId` earns to `flags`. */
function addParentFlags(flags: HealthFlag[], goal: Goal, parentId: string, context: Context): void {
  const parent = context.byId.get(parentId);
  if (parent === undefined) {
    flags.push({
      code: 'parent_inactive',
      message: `The goal it is aligned to (${parentId}) no longer exists.`,
    });
    return;
  }
  if (!isActive(parent)) {
    flags.push({
      code: 'parent_inactive',
      message: `It is aligned to ${nameOf(parent, context)}, which is archived.`,
    });
    return;
  }
  if ((context.progress.get(parent.id) ?? 0) >= 1) {
    flags.push({
      code: 'parent_inactive',
      message: `It is aligned to ${nameOf(parent, context)}, which is already done.`,
    });
  }
  if (goal.dueDate > parent.dueDate) {
    const due = context.isVisible(parent) ? ` (due ${parent.dueDate})` : '';
    flags.push({
      code: 'due_after_parent',
      message: `It is due ${goal.dueDate}, after the goal it is aligned to, ${nameOf(parent, context)}${due}.`,
    });
  }
}

/** The parent's title in quotes, unless the viewer may not see it. */
function nameOf(parent: Goal, context: Context): string {
  return context.isVisible(parent) ? `"${parent.title}"` : 'a goal you cannot see';
}
