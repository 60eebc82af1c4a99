import type { Goal } from '@northstar/shared';

/**
 * The company goal `goal` serves: walking its alignment up, heaviest parent first, the nearest
 * active company goal; `null` for a company goal itself or a goal aligned to none. Company goals
 * are visible to everyone in the tenant, so naming one never leaks a private goal.
 */
export function companyGoalOf(
  goal: Goal,
  byId: ReadonlyMap<string, Goal>,
): { id: string; title: string } | null {
  const seen = new Set<string>([goal.id]);
  let level: Goal[] = [goal];
  while (level.length > 0) {
    const next: Goal[] = [];
    for (const current of level) {
      const links = [...current.parentIds].sort((a, b) => b.weight - a.weight);
      for (const link of links) {
        const parent = byId.get(link.goalId);
        if (!parent || seen.has(parent.id)) continue;
        seen.add(parent.id);
        if (parent.level === 'company' && parent.state === 'active') {
          return { id: parent.id, title: parent.title };
        }
        next.push(parent);
      }
    }
    level = next;
  }
  return null;
}
