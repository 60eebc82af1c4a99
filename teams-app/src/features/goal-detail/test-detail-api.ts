import type { AlignmentResponse, CheckIn, GoalView } from '@northstar/shared';
import { ApiError } from '../../api/api-error';
import { testCheckIn, testGoalView } from '../check-in/test-goal-view';

/** The goal the detail tests open: Arjun's, aligned to a team goal under a company goal. */
export const detailGoal = testGoalView({
  id: 'g-1',
  title: 'Grow weekly users',
  parentIds: [{ goalId: 't-1', weight: 1 }],
});

/** The team goal `detailGoal` rolls up to. */
export const teamGoal = testGoalView({
  id: 't-1',
  title: 'Ship the mobile app',
  level: 'team',
  ownerId: 'priya-raman',
  parentIds: [{ goalId: 'c-1', weight: 1 }],
});

/** The company goal at the top of the chain. */
export const companyGoal = testGoalView({
  id: 'c-1',
  title: 'Win the SMB market',
  level: 'company',
});

/** A goal that feeds `detailGoal`. */
export const feederGoal = testGoalView({
  id: 'k-1',
  title: 'Run the onboarding study',
  parentIds: [{ goalId: 'g-1', weight: 1 }],
  progress: 0.6,
});

/** Two check-ins on `detailGoal`, oldest first. */
export const detailCheckIns: CheckIn[] = [
  testCheckIn({
    id: 'ci-1',
    value: 100,
    confidence: 5,
    note: 'Beta opened',
    createdAt: '2026-10-05T09:00:00.000Z',
  }),
  testCheckIn({
    id: 'ci-2',
    value: 250,
    confidence: 7,
    note: '',
    createdAt: '2026-11-02T09:00:00.000Z',
  }),
];

/** `GET /api/alignment?rootId=g-1`: the chain up and one feeder; the goal has one flag. */
export function detailAlignment(goal: GoalView = detailGoal): AlignmentResponse {
  return {
    periodId: 'fy27-q2',
    rootIds: [goal.id],
    nodes: [
      { goal: companyGoal, childIds: ['t-1'], childCount: 1, flags: [] },
      { goal: teamGoal, childIds: [goal.id], childCount: 1, flags: [] },
      {
        goal,
        childIds: ['k-1'],
        childCount: 1,
        flags: [{ code: 'due_after_parent', message: 'It is due after Ship the mobile app.' }],
      },
      { goal: feederGoal, childIds: [], childCount: 0, flags: [] },
    ],
    coverage: { aligned: 2, total: 2, ratio: 1 },
  };
}

/** A fake API for the goal detail screen that records every call as `method arg`. */
export function detailApi(overrides: Record<string, unknown> = {}) {
  const calls: string[] = [];
  const record = <T>(call: string, answer: T) => {
    calls.push(call);
    return answer;
  };
  const api = {
    getGoal: (id: string) =>
      record(
        `getGoal ${id}`,
        id === 'g-1'
          ? Promise.resolve(detailGoal)
          : Promise.reject(new ApiError(404, { code: 'not_found' })),
      ),
    listCheckIns: (id: string) =>
      record(`listCheckIns ${id}`, Promise.resolve({ items: detailCheckIns })),
    alignment: (query: { rootId?: string; period?: string }) =>
      record(
        `alignment ${query.rootId ?? ''} ${query.period ?? ''}`,
        Promise.resolve(detailAlignment()),
      ),
    person: (id: string) =>
      record(`person ${id}`, Promise.reject(new ApiError(404, { code: 'not_found' }))),
    listEvidence: (id: string) => record(`listEvidence ${id}`, Promise.resolve({ items: [] })),
    ...overrides,
  };
  return { api, calls };
}
