import type { Goal } from '../contracts/goal.js';

/** One alignment edge seen from the parent: `child` feeds it with `weight`. */
export interface ChildLink {
  readonly child: Goal;
  readonly weight: number;
}

/** Goals by id; when an id repeats, the last goal wins. */
export function indexById(goals: readonly Goal[]): Map<string, Goal> {
  return new Map(goals.map((g) => [g.id, g]));
}

/**
 * Every parent id -> its children, in the order of `goals`, keeping only children that pass
 * `include`. Parent ids that name no goal are kept as keys too; callers look them up by id.
 */
export function childIndex(
  goals: readonly Goal[],
  include: (child: Goal) => boolean,
): Map<string, ChildLink[]> {
  const children = new Map<string, ChildLink[]>();
  for (const child of goals) {
    if (!include(child)) continue;
    for (const link of child.parentIds) {
      const list = children.get(link.goalId);
      const entry = { child, weight: link.weight };
      if (list) list.push(entry);
      else children.set(link.goalId, [entry]);
    }
  }
  return children;
}

/** True for a goal that is not archived. */
export function isActive(goal: Pick<Goal, 'state'>): boolean {
  return goal.state === 'active';
}
