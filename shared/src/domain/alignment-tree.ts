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
  /**
   * The most nodes to answer: below the top (the roots, or `rootId` and its ancestors), whole
   * levels are added while they fit. Nodes whose children stopped short show it in `childCount`.
   * Default: no limit.
   */
  maxNodes?: number;
  /** `goals` by id and active goals per owner, when the caller keeps them (they do not depend on the viewer). */
  index?: { byId: ReadonlyMap<string, Goal>; activeByOwner: ReadonlyMap<string, number> };
}

/**
 * The alignment graph of `goals` (the caller passes the goals of the period) as the viewer sees it.
 *
 * Nodes are the visible active goals, in the order of `goals`; archived goals are left out.
 * Progress is rolled up over ALL `goals`, so hidden children still count. `rootIds` are the
 * visible goals with no visible active parent, company goals first, then by title. With
 * `rootId`, `rootIds` is `[rootId]` and the nodes are its subtree plus its ancestors (so the
 * chain up to the company goal can be shown); an ancestor's `childIds` keep only nodes in the
 * answer. An unknown or hidden `rootId` gives no roots and no nodes. With `maxNodes`, the answer
 * stops at a level (see there); coverage is over the whole scope either way. Each node's
 * `childCount` counts its visible active children. Linear in goals + links (plus sorting the
 * roots); views and flags are built only for the nodes answered.
 */
export function buildAlignment(
  goals: readonly Goal[],
  settings: HealthSettings,
  now: Date,
  options: AlignmentOptions,
): AlignmentResponse {
  const shown = indexById(goals.filter((g) => isActive(g) && options.isVisible(g)));
  const children = childIndex([...shown.values()], () => true);
  const scope = selectScope(shown, children, options.rootId);
  const picked = pickLevels(scope, children, options.maxNodes ?? Number.POSITIVE_INFINITY);
  const progress = options.progress ?? rollUpProgress(goals);
  const flags = healthFlags(goals, settings, now, {
    progress,
    isVisible: options.isVisible,
    only: picked,
    ...(options.index === undefined ? {} : { index: options.index }),
  });
  const pickedIds = new Set(picked.map((g) => g.id));
  const nodes = picked.map((goal): AlignmentNode => {
    const below = children.get(goal.id) ?? [];
    return {
      goal: toGoalView(goal, progress.get(goal.id) ?? 0, now, settings.checkInCadenceDays),
      childIds: below.map((link) => link.child.id).filter((id) => pickedIds.has(id)),
      childCount: below.length,
      flags: flags.get(goal.id) ?? [],
    };
  });
  return {
    periodId: options.periodId,
    rootIds: scope.rootIds,
    nodes,
    // The whole tenant's scope is every shown goal, whose children are indexed already.
    coverage:
      options.rootId === undefined
        ? alignmentCoverage(scope.goals, children)
        : alignmentCoverage(scope.goals),
  };
}

interface Scope {
  rootIds: string[];
  goals: Goal[];
  /** Shown whatever the size: the roots, or `rootId` and its ancestors. */
  top: Goal[];
  /** Whether a goal id is in `goals`. */
  has: (id: string) => boolean;
}

function selectScope(
  shown: ReadonlyMap<string, Goal>,
  children: ReadonlyMap<string, readonly ChildLink[]>,
  rootId: string | undefined,
): Scope {
  if (rootId === undefined) {
    const rootIds = topLevel(shown);
    return {
      rootIds,
      goals: [...shown.values()],
      top: rootIds.flatMap((id) => shown.get(id) ?? []),
      has: (id) => shown.has(id),
    };
  }
  const root = shown.get(rootId);
  if (root === undefined) return { rootIds: [], goals: [], top: [], has: () => false };
  const below = walk(root, (g) => (children.get(g.id) ?? []).map((link) => link.child));
  const above = walk(root, (g) => g.parentIds.flatMap((link) => shown.get(link.goalId) ?? []));
  const ids = new Set([...below, ...above].map((g) => g.id));
  const goals = [...shown.values()].filter((g) => ids.has(g.id));
  return { rootIds: [rootId], goals, top: above, has: (id) => ids.has(id) };
}

/**
 * The scope's goals to answer, in scope order: the top, then whole levels of children below it
 * (breadth first) while the total stays within `maxNodes`.
 */
function pickLevels(
  scope: Scope,
  children: ReadonlyMap<string, readonly ChildLink[]>,
  maxNodes: number,
): Goal[] {
  if (scope.goals.length <= maxNodes) return scope.goals;
  const picked = new Set(scope.top.map((g) => g.id));
  for (let level = scope.top; level.length > 0;) {
    const next = new Map<string, Goal>();
    for (const goal of level) {
      for (const { child } of children.get(goal.id) ?? []) {
        if (scope.has(child.id) && !picked.has(child.id)) next.set(child.id, child);
      }
    }
    if (picked.size + next.size > maxNodes) break;
    for (const id of next.keys()) picked.add(id);
    level = [...next.values()];
  }
  return scope.goals.filter((g) => picked.has(g.id));
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
