import type { Goal } from '../contracts/goal.js';
import { childIndex, isActive, type ChildLink } from './goal-graph.js';
import { ownProgress } from './progress.js';

/** One goal being resolved: its children still to visit and the weighted sum so far. */
interface Frame {
  readonly goal: Goal;
  readonly children: readonly ChildLink[];
  /** Weight of the edge from the goal that is waiting on this one (0 for a starting goal). */
  readonly weightInParent: number;
  next: number;
  sum: number;
  totalWeight: number;
}

/**
 * Progress (0-1) of every goal, rolling children up into parents.
 *
 * A goal with a metric uses its own numbers. Otherwise, with active children (goals whose
 * `parentIds` name it), it is the mean of their rolled-up progress weighted by each link's
 * weight; otherwise `current / 100` once checked in, else 0. Archived children do not count.
 * Linear in goals + links; each goal is resolved once. On cyclic data an edge back into the goal
 * being resolved counts as 0 progress (its weight still counts), so the result depends on the
 * order of `goals` only inside a cycle.
 */
export function rollUpProgress(goals: readonly Goal[]): Map<string, number> {
  const children = childIndex(goals, isActive);
  const progress = new Map<string, number>();
  const inProgress = new Set<string>();
  for (const goal of goals) {
    if (!progress.has(goal.id)) resolve(goal, children, progress, inProgress);
  }
  return progress;
}

/**
 * `rollUpProgress` again after some goals changed, without redoing the rest: `previous` was
 * rolled up before the change; `goals` and `children` (active children by parent id, as
 * `childIndex(goals, isActive)` gives) describe the goals after it; `changedIds` names the goals
 * that changed (new, edited, archived or gone). Only the changed goals and their ancestors (by
 * their parents before and after: `formerParentIds`) are resolved again, so a check-in costs
 * its chain up to the company goal, not the tenant.
 */
export function rollUpAgain(
  previous: ReadonlyMap<string, number>,
  goals: ReadonlyMap<string, Goal>,
  children: ReadonlyMap<string, readonly ChildLink[]>,
  changed: { ids: Iterable<string>; formerParentIds: Iterable<string> },
): Map<string, number> {
  const affected = ancestorsOf([...changed.ids, ...changed.formerParentIds], goals);
  const progress = new Map(previous);
  for (const id of affected) progress.delete(id);
  const inProgress = new Set<string>();
  for (const id of affected) {
    const goal = goals.get(id);
    if (goal && !progress.has(id)) resolve(goal, children, progress, inProgress);
  }
  return progress;
}

/** The ids with every goal above them through parent links, themselves included. */
function ancestorsOf(ids: readonly string[], goals: ReadonlyMap<string, Goal>): Set<string> {
  const found = new Set(ids);
  const queue = [...found];
  for (let i = 0; i < queue.length; i += 1) {
    for (const link of goals.get(queue[i] ?? '')?.parentIds ?? []) {
      if (found.has(link.goalId)) continue;
      found.add(link.goalId);
      queue.push(link.goalId);
    }
  }
  return found;
}

/** Depth-first without recursion, so a 10,000-deep chain cannot overflow the stack. */
function resolve(
  start: Goal,
  children: ReadonlyMap<string, readonly ChildLink[]>,
  progress: Map<string, number>,
  inProgress: Set<string>,
): void {
  const stack = [open(start, 0, children, inProgress)];
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    const link = top.children[top.next];
    if (link === undefined) {
      const value = close(top);
      progress.set(top.goal.id, value);
      inProgress.delete(top.goal.id);
      stack.pop();
      const parent = stack.at(-1);
      if (parent) parent.sum += value * top.weightInParent;
      continue;
    }
    top.next += 1;
    top.totalWeight += link.weight;
    const known = progress.get(link.child.id);
    if (known !== undefined) top.sum += known * link.weight;
    else if (!inProgress.has(link.child.id)) {
      stack.push(open(link.child, link.weight, children, inProgress));
    }
    // Otherwise a back edge in cyclic data: it adds weight but no progress.
  }
}

function open(
  goal: Goal,
  weightInParent: number,
  children: ReadonlyMap<string, readonly ChildLink[]>,
  inProgress: Set<string>,
): Frame {
  inProgress.add(goal.id);
  // A metric always wins over the children, so there is nothing to visit.
  const visit = goal.metric === null ? (children.get(goal.id) ?? []) : [];
  return { goal, children: visit, weightInParent, next: 0, sum: 0, totalWeight: 0 };
}

function close(frame: Frame): number {
  if (frame.children.length === 0) return ownProgress(frame.goal) ?? 0;
  return frame.totalWeight > 0 ? frame.sum / frame.totalWeight : 0;
}

/**
 * The alignment cycle that giving `candidate` (a new or edited goal) these parents would create,
 * as ids following parent links from `candidate.id` back to `candidate.id` (a goal naming
 * itself gives `[id, id]`); `null` when there is none. Shortest such cycle; cycles already in the
 * data that do not pass through the candidate are ignored. Archived goals count as links.
 */
export function findAlignmentCycle(
  goals: readonly Pick<Goal, 'id' | 'parentIds'>[],
  candidate: { id: string; parentIds: { goalId: string }[] },
): string[] | null {
  const parentsOf = new Map<string, readonly { goalId: string }[]>();
  for (const g of goals) parentsOf.set(g.id, g.parentIds);
  parentsOf.set(candidate.id, candidate.parentIds);
  // Breadth-first up the parent links; `cameFrom` remembers the child each id was reached from.
  const cameFrom = new Map<string, string>([[candidate.id, candidate.id]]);
  const queue = [candidate.id];
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i] ?? candidate.id;
    for (const { goalId } of parentsOf.get(id) ?? []) {
      if (goalId === candidate.id) return [...pathTo(id, cameFrom, candidate.id), candidate.id];
      if (cameFrom.has(goalId)) continue;
      cameFrom.set(goalId, id);
      queue.push(goalId);
    }
  }
  return null;
}

function pathTo(id: string, cameFrom: ReadonlyMap<string, string>, from: string): string[] {
  const path = [id];
  for (let at = id; at !== from;) {
    at = cameFrom.get(at) ?? from;
    path.push(at);
  }
  return path.reverse();
}
