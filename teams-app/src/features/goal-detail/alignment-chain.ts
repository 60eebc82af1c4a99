import type { AlignmentNode, AlignmentResponse, GoalView, HealthFlag } from '@northstar/shared';

/** Where one goal sits in the alignment, read from `GET /api/alignment?rootId=`. */
export interface GoalAlignment {
  /**
   * One chain per visible parent, each from the top (the company goal, or the highest goal the
   * viewer may see) down to that parent. Above the parent, each step follows the heaviest link.
   */
  chains: GoalView[][];
  /** The goals that feed it directly. */
  feeders: GoalView[];
  /** Its health flags, in plain words. */
  flags: HealthFlag[];
}

/** The chains, feeders and flags of `goalId`; all empty when the answer does not hold it. */
export function alignmentOf(response: AlignmentResponse, goalId: string): GoalAlignment {
  const nodes = new Map(response.nodes.map((node) => [node.goal.id, node]));
  const node = nodes.get(goalId);
  if (!node) return { chains: [], feeders: [], flags: [] };
  const chains = parentsOf(node.goal, nodes).map((parent) => chainUp(parent, nodes, goalId));
  const feeders = node.childIds.flatMap((id) => nodes.get(id)?.goal ?? []);
  return { chains, feeders, flags: node.flags };
}

/** Parents present in the answer, heaviest link first. */
function parentsOf(goal: GoalView, nodes: ReadonlyMap<string, AlignmentNode>): GoalView[] {
  return [...goal.parentIds]
    .sort((a, b) => b.weight - a.weight)
    .flatMap((link) => nodes.get(link.goalId)?.goal ?? []);
}

/** `start` and the goals above it, top first; stops at a loop rather than walking it forever. */
function chainUp(
  start: GoalView,
  nodes: ReadonlyMap<string, AlignmentNode>,
  goalId: string,
): GoalView[] {
  const seen = new Set([goalId, start.id]);
  const chain = [start];
  for (let goal = start; ;) {
    const next = parentsOf(goal, nodes).find((parent) => !seen.has(parent.id));
    if (!next) return chain.reverse();
    seen.add(next.id);
    chain.push(next);
    goal = next;
  }
}
