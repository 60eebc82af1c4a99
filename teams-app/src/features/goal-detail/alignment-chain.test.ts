import type { AlignmentResponse, GoalView, HealthFlag } from '@northstar/shared';
import { testGoalView } from '../check-in/test-goal-view';
import { alignmentOf } from './alignment-chain';

const links = (...ids: [string, number][]) => ids.map(([goalId, weight]) => ({ goalId, weight }));
const g = (id: string, parents: [string, number][] = []) =>
  testGoalView({ id, parentIds: links(...parents) });

function answer(
  goals: GoalView[],
  children: Record<string, string[]> = {},
  flags: HealthFlag[] = [],
): AlignmentResponse {
  return {
    periodId: 'fy27-q2',
    rootIds: ['me'],
    nodes: goals.map((goal) => ({
      goal,
      childIds: children[goal.id] ?? [],
      childCount: children[goal.id]?.length ?? 0,
      flags: goal.id === 'me' ? flags : [],
    })),
    coverage: { aligned: 1, total: 1, ratio: 1 },
  };
}

const ids = (goals: GoalView[][]) => goals.map((chain) => chain.map((goal) => goal.id));

describe('alignmentOf', () => {
  it.each<[string, GoalView[], string[][]]>([
    [
      'a chain up to the company goal',
      [g('me', [['team', 1]]), g('team', [['co', 1]]), g('co')],
      [['co', 'team']],
    ],
    [
      'one chain per parent, heaviest first',
      [
        g('me', [
          ['a', 1],
          ['b', 3],
        ]),
        g('a'),
        g('b'),
      ],
      [['b'], ['a']],
    ],
    [
      'above the parent, the heaviest link',
      [
        g('me', [['team', 1]]),
        g('team', [
          ['c1', 1],
          ['c2', 5],
        ]),
        g('c1'),
        g('c2'),
      ],
      [['c2', 'team']],
    ],
    [
      'parents missing from the answer are skipped',
      [
        g('me', [
          ['hidden', 5],
          ['team', 1],
        ]),
        g('team', [['gone', 1]]),
      ],
      [['team']],
    ],
    [
      'a loop ends the chain',
      [g('me', [['a', 1]]), g('a', [['b', 1]]), g('b', [['a', 1]])],
      [['b', 'a']],
    ],
    ['a loop through the goal itself', [g('me', [['a', 1]]), g('a', [['me', 1]])], [['a']]],
    ['no parents', [g('me')], []],
  ])('%s', (_name, goals, chains) => {
    expect(ids(alignmentOf(answer(goals), 'me').chains)).toEqual(chains);
  });

  it('lists the goals that feed it and its flags', () => {
    const flags: HealthFlag[] = [{ code: 'stale', message: 'No check-in for 20 days.' }];
    const result = alignmentOf(
      answer(
        [g('me'), g('k1', [['me', 1]]), g('k2', [['me', 1]])],
        { me: ['k1', 'k2', 'hidden'] },
        flags,
      ),
      'me',
    );
    expect(result.feeders.map((goal) => goal.id)).toEqual(['k1', 'k2']);
    expect(result.flags).toEqual(flags);
  });

  it('gives nothing when the goal is not in the answer', () => {
    expect(alignmentOf(answer([g('other')]), 'me')).toEqual({ chains: [], feeders: [], flags: [] });
  });
});
