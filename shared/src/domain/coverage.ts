import type { Coverage } from '../contracts/alignment.js';
import type { Goal } from '../contracts/goal.js';
import { childIndex, isActive, type ChildLink } from './goal-graph.js';

/**
 * How many active individual goals are aligned, through any path of active parents, to an active
 * company goal. `ratio` is aligned / total, 0 when there are no individual goals. Parents not in
 * `goals` break the path. `children`, when the caller has it already, must be the active
 * children among `goals` by parent id (as `childIndex(goals, isActive)` gives). Linear in goals + links, and exact on cyclic data.
 */
export function alignmentCoverage(
  goals: readonly Goal[],
  children: ReadonlyMap<string, readonly ChildLink[]> = childIndex(goals, isActive),
): Coverage {
  const individual: string[] = [];
  // Walk down from the company goals rather than up from each individual goal: one pass
  // marks everything that reaches the top, whatever the shape of the graph.
  const queue: string[] = [];
  for (const g of goals) {
    if (!isActive(g)) continue;
    if (g.level === 'company') queue.push(g.id);
    else if (g.level === 'individual') individual.push(g.id);
  }
  const reached = new Set(queue);
  for (let i = 0; i < queue.length; i += 1) {
    for (const { child } of children.get(queue[i] ?? '') ?? []) {
      if (reached.has(child.id)) continue;
      reached.add(child.id);
      queue.push(child.id);
    }
  }
  const aligned = individual.filter((id) => reached.has(id)).length;
  const total = individual.length;
  return { aligned, total, ratio: total === 0 ? 0 : aligned / total };
}
