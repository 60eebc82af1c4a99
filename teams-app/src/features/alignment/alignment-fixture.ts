import type { AlignmentNode, AlignmentResponse, GoalView, HealthFlag } from '@northstar/shared';
import type { ApiClient } from '../../api/api-client';
import { testGoalView } from '../my-team/test-goal-view';

/**
 * Test data (not app code): two company goals, a team goal under each, and "Ship billing v2"
 * aligned to BOTH team goals, so it shows under two parents; "Write the onboarding guide" is
 * aligned to nothing and carries health flags.
 */
const goal = (id: string, title: string, level: GoalView['level'], parents: string[] = []) =>
  testGoalView({
    id,
    title,
    level,
    parentIds: parents.map((goalId) => ({ goalId, weight: 1 })),
  });

/** `childCount` is how many children the goal has in `fullAlignment`, the whole period. */
const node = (
  g: GoalView,
  childIds: string[] = [],
  flags: HealthFlag[] = [],
  childCount = childIds.length,
): AlignmentNode => ({ goal: g, childIds, childCount, flags });

const C1 = goal('c1', 'Grow revenue 20%', 'company');
const C2 = goal('c2', 'Delight customers', 'company');
const T1 = goal('t1', 'Launch the EU region', 'team', ['c1']);
const T2 = goal('t2', 'Improve support NPS', 'team', ['c2']);
const I1 = goal('i1', 'Ship billing v2', 'individual', ['t1', 't2']);
const I2 = { ...goal('i2', 'Hire two SREs', 'individual', ['t1']), status: 'at_risk' as const };
const I3 = { ...goal('i3', 'Write the onboarding guide', 'individual'), status: 'stale' as const };

const DUE_AFTER: HealthFlag = {
  code: 'due_after_parent',
  message: 'It is due 2026-12-31, after the goal it is aligned to, "Launch the EU region".',
};
const ORPHAN: HealthFlag = {
  code: 'orphan',
  message: 'It is not aligned to a team or company goal.',
};
const STALE: HealthFlag = {
  code: 'stale',
  message: 'Last check-in 20 days ago; check-ins are expected every 14 days.',
};

/** The rows the screen shows at first for `fullAlignment` and `partialAlignment` alike. */
export const TOP_OF_TREE = [
  'Delight customers',
  'Improve support NPS',
  'Grow revenue 20%',
  'Launch the EU region',
  'Write the onboarding guide',
];

/** `GET /api/alignment`: the whole period. */
export function fullAlignment(): AlignmentResponse {
  return {
    periodId: 'fy27-q1',
    rootIds: ['c2', 'c1', 'i3'],
    nodes: [
      node(C1, ['t1']),
      node(C2, ['t2']),
      node(T1, ['i2', 'i1']),
      node(T2, ['i1']),
      node(I1),
      node(I2, [], [DUE_AFTER]),
      node(I3, [], [ORPHAN, STALE]),
    ],
    coverage: { aligned: 2, total: 3, ratio: 2 / 3 },
  };
}

/** `GET /api/alignment?rootId=i1`: its subtree and its ancestors up to the company goals. */
export function focusedAlignment(): AlignmentResponse {
  return {
    periodId: 'fy27-q1',
    rootIds: ['i1'],
    // "Launch the EU region" has "Hire two SREs" too, which is not in this answer.
    nodes: [
      node(C1, ['t1']),
      node(C2, ['t2']),
      node(T1, ['i1'], [], 2),
      node(T2, ['i1']),
      node(I1),
    ],
    coverage: { aligned: 1, total: 1, ratio: 1 },
  };
}

/**
 * `GET /api/alignment` when the answer stopped above the individual goals: the team goals know
 * how many children they have but hold none.
 */
export function partialAlignment(): AlignmentResponse {
  return {
    ...fullAlignment(),
    nodes: [
      node(C1, ['t1']),
      node(C2, ['t2']),
      node(T1, [], [], 2),
      node(T2, [], [], 1),
      node(I3, [], [ORPHAN, STALE]),
    ],
  };
}

/** `GET /api/alignment?rootId=t1`: its subtree and its ancestor (which holds only `t1`). */
export function subtreeOfT1(): AlignmentResponse {
  return {
    periodId: 'fy27-q1',
    rootIds: ['t1'],
    nodes: [node(C1, ['t1']), node(T1, ['i2', 'i1']), node(I1), node(I2, [], [DUE_AFTER])],
    coverage: { aligned: 2, total: 2, ratio: 1 },
  };
}

/** An answer with no goals at all. */
export function emptyAlignment(): AlignmentResponse {
  return {
    periodId: 'fy27-q1',
    rootIds: [],
    nodes: [],
    coverage: { aligned: 0, total: 0, ratio: 0 },
  };
}

type AlignmentQuery = Parameters<ApiClient['alignment']>[0];

/** A fake `ApiClient.alignment` answering `answer`, recording each query. */
export function fakeAlignment(
  answer: (query: AlignmentQuery) => Promise<AlignmentResponse> = () =>
    Promise.resolve(fullAlignment()),
) {
  const queries: AlignmentQuery[] = [];
  return {
    queries,
    alignment: (query: AlignmentQuery) => {
      queries.push(query);
      return answer(query);
    },
  };
}
