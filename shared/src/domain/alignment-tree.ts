import type { AlignmentNode, AlignmentResponse } from '../contracts/alignment.js';
import type { Goal } from '../contracts/goal.js';
import { alignmentCoverage } from './coverage.js';
import { childIndex, indexById, isActive, type ChildLink } from './goal-graph.js';
import { toGoalView } from './goal-view.js';
import { healthFlags, type HealthSettings } from './health.js';
import { rollUpProgress } from './rollup.js';

/** What to build: `periodId` is echoed; `isVisible` is the caller's view rule. */
export interface AlignmentOptions {
  periodId: string | null;
  rootId?: string;
  isVisible: (goal: Goal) => boolean;
  /** Rolled-up progress computed already (the API's tenant snapshot); else computed here. */
  progress?: ReadonlyMap<string, number>;
}

/**
 * The alignment graph of `goals` (the caller passes the goals of the period) as the viewer sees it.
 *
 * Nodes are the visible active goals, in the order of `goals`; archived goals are left out.
 * Progress is rolled up over ALL `goals`, so hidden children still count. `rootIds` are the
 * visible goals with no visible active parent, company goals first, then by title. With
 * `rootId`, `rootIds` is `[rootId]` and the nodes are its subtree plus its ancestors (so the
 * chain up to the company goal can be shown); an ancestor's `childIds` keep only nodes in the
 * answer. An unknown or hidden `rootId` gives no roots and no nodes. Coverage is computed over
 * the nodes returned. Linear in goals + links (plus sorting the roots).
 */
export function buildAlignment(
  goals: readonly Goal[],
  settings: HealthSettings,
  now: Date,
  options: AlignmentOptions,
): AlignmentResponse {
  const visibleIds = new Set(goals.filter((g) => options.isVisible(g)).map((g) => g.id));
  const isVisible = (g: Goal) => visibleIds.has(g.id);
  const shown = indexById(goals.filter((g) => isActive(g) && isVisible(g)));
  const children = childIndex([...shown.values()], () => true);
  const scope = selectScope(shown, children, options.rootId);
  const progress = options.progress ?? rollUpProgress(goals);
  const flags = healthFlags(goals, settings, now, { progress, isVisible });
  const inScopeIds = new Set(scope.goals.map((g) => g.id));
  const nodes = scope.goals.map((goal): AlignmentNode => ({
    goal: toGoalView(goal, progress.get(goal.id) ?? 0, now, settings.checkInCadenceDays),
    childIds: (children.get(goal.id) ?? [])
      .map((link) => link.child.id)
      .filter((id) => inScopeIds.has(id)),
    flags: flags.get(goal.id) ?? [],
  }));
  return {
    periodId: options.periodId,
    rootIds: scope.rootIds,
    nodes,
    coverage: alignmentCoverage(scope.goals),
  };
}

interface Scope {
  rootIds: string[];
  goals: Goal[];
}

function selectScope(
  shown: ReadonlyMap<string, Goal>,
  children: ReadonlyMap<string, readonly ChildLink[]>,
  rootId: string | undefined,
): Scope {
  if (rootId === undefined) {
    return { rootIds: topLevel(shown), goals: [...shown.values()] };
  }
  const root = shown.get(rootId);
  if (root === undefined) return { rootIds: [], goals: [] };
  const below = walk(root, (g) => (children.get(g.id) ?? []).map((link) => link.child));
  const above = walk(root, (g) => g.parentIds.flatMap((link) => shown.get(link.goalId) ?? []));
  const ids = new Set([...below, ...above].map((g) => g.id));
  return { rootIds: [rootId], goals: [...shown.values()].filter((g) => ids.has(g.id)) };
}

/** Visible goals with no visible active parent: company goals first, then by title. */
function topLevel(shown: ReadonlyMap<string, Goal>): string[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return [...shown.values()]
    .filter((g) => !g.parentIds.some((link) => shown.has(link.goalId)))
    .sort(
      (a, b) =>
        Number(b.level === 'company') - Number(a.level === 'company') ||
        collator.compare(a.title, b.title) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((g) => g.id);
}

/** Every goal reachable from `start` through `next`, `start` included; safe on cycles. */
function walk(start: Goal, next: (goal: Goal) => readonly Goal[]): Goal[] {
  const seen = new Set([start.id]);
  const found = [start];
  for (let i = 0; i < found.length; i += 1) {
    for (const g of next(found[i] ?? start)) {
      if (seen.has(g.id)) continue;
      seen.add(g.id);
      found.push(g);
    }
  }
  return found;
}
