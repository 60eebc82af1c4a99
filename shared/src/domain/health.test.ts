import type { HealthFlagCode } from '../contracts/alignment.js';
import type { Goal } from '../contracts/goal.js';
import { healthFlags } from './health.js';
import { linksTo, testGoal } from './test-goal.js';

const now = new Date('2026-08-15T12:00:00.000Z');
const settings = { checkInCadenceDays: 14, maxActiveGoalsPerOwner: 3 };

/** A healthy-by-default goal: checked in recently, owned by a person of its own. */
function goal(overrides: Partial<Goal> & Pick<Goal, 'id'>): Goal {
  return testGoal({
    ownerId: `owner-${overrides.id}`,
    lastCheckInAt: '2026-08-10T00:00:00.000Z',
    ...overrides,
  });
}
const co = goal({ id: 'co', level: 'company', title: 'Grow revenue', dueDate: '2027-06-30' });
const team = goal({
  id: 't',
  level: 'team',
  title: 'Win Europe',
  parentIds: linksTo('co'),
  dueDate: '2026-09-30',
});

type Expected = Record<string, [HealthFlagCode, ...string[]][]>;

describe('healthFlags', () => {
  it.each<[string, Goal[], Expected]>([
    ['a healthy tree', [co, team, goal({ id: 'a', parentIds: linksTo('t') })], {}],
    [
      'an orphan team goal',
      [goal({ id: 'x', level: 'team' })],
      { x: [['orphan', 'not aligned to a company goal']] },
    ],
    ['an orphan individual goal', [goal({ id: 'x' })], { x: [['orphan', 'team or company goal']] }],
    ['an orphan development goal', [goal({ id: 'x', level: 'development' })], { x: [['orphan']] }],
    ['a company goal is never an orphan', [co], {}],
    [
      'stale after a check-in',
      [co, goal({ id: 'x', parentIds: linksTo('co'), lastCheckInAt: '2026-07-20T00:00:00.000Z' })],
      { x: [['stale', 'Last check-in 26 days ago', 'every 14 days']] },
    ],
    [
      'stale, never checked in',
      [co, goal({ id: 'x', parentIds: linksTo('co'), lastCheckInAt: null })],
      { x: [['stale', 'No check-in since it was created 45 days ago']] },
    ],
    [
      'an archived parent',
      [
        goal({ id: 'old', level: 'company', title: 'Old plan', state: 'archived' }),
        goal({ id: 'x', parentIds: linksTo('old') }),
      ],
      { x: [['parent_inactive', '"Old plan"', 'archived']] },
    ],
    [
      'a parent done through its children',
      [
        co,
        team,
        goal({ id: 'p', level: 'team', title: 'Ship v2', parentIds: linksTo('co') }),
        goal({ id: 'x', current: 100, parentIds: linksTo('p') }),
      ],
      { x: [['parent_inactive', '"Ship v2"', 'already done']] },
    ],
    [
      'a parent done by its metric',
      [
        co,
        team,
        goal({
          id: 'p',
          title: 'Hit 10',
          parentIds: linksTo('co'),
          metric: { unit: 'u', start: 0, target: 10 },
          current: 10,
        }),
        goal({ id: 'x', parentIds: linksTo('p') }),
      ],
      { x: [['parent_inactive', '"Hit 10"', 'already done']] },
    ],
    [
      'a missing parent',
      [goal({ id: 'x', parentIds: linksTo('gone') })],
      { x: [['parent_inactive', 'gone', 'no longer exists']] },
    ],
    [
      'due after its parent',
      [co, team, goal({ id: 'x', parentIds: linksTo('t'), dueDate: '2026-10-15' })],
      { x: [['due_after_parent', '2026-10-15', '"Win Europe"', 'due 2026-09-30']] },
    ],
    [
      'due on the same day as its parent',
      [co, team, goal({ id: 'x', parentIds: linksTo('t'), dueDate: '2026-09-30' })],
      {},
    ],
    [
      'one flag per parent with a problem',
      [
        co,
        team,
        goal({ id: 'old', level: 'team', state: 'archived' }),
        goal({ id: 'x', parentIds: linksTo('old', 't', 'gone'), dueDate: '2026-12-31' }),
      ],
      {
        x: [
          ['parent_inactive', 'archived'],
          ['due_after_parent', 'Win Europe'],
          ['parent_inactive', 'gone'],
        ],
      },
    ],
    [
      'an overloaded owner: every active goal of theirs',
      [
        co,
        ...['a', 'b', 'c', 'd'].map((id) =>
          goal({ id, ownerId: 'busy', parentIds: linksTo('co') }),
        ),
        goal({ id: 'e', ownerId: 'busy', state: 'archived' }),
      ],
      Object.fromEntries(
        ['a', 'b', 'c', 'd'].map((id) => [
          id,
          [['owner_overloaded', '4 active goals', 'limit of 3']],
        ]),
      ),
    ],
    [
      'an owner exactly at the limit',
      [co, ...['a', 'b', 'c'].map((id) => goal({ id, ownerId: 'busy', parentIds: linksTo('co') }))],
      {},
    ],
    [
      'archived goals get no flags',
      [goal({ id: 'x', state: 'archived', parentIds: linksTo('gone'), lastCheckInAt: null })],
      {},
    ],
    [
      'everything at once, in a stable order',
      [
        team,
        ...['a', 'b', 'c'].map((id) => goal({ id, ownerId: 'busy', parentIds: linksTo('co') })),
        goal({
          id: 'x',
          ownerId: 'busy',
          lastCheckInAt: null,
          dueDate: '2026-12-31',
          parentIds: linksTo('t'),
        }),
      ],
      {
        t: [['parent_inactive']],
        a: [['parent_inactive'], ['owner_overloaded']],
        b: [['parent_inactive'], ['owner_overloaded']],
        c: [['parent_inactive'], ['owner_overloaded']],
        x: [['stale'], ['due_after_parent'], ['owner_overloaded']],
      },
    ],
  ])('%s', (_name, goals, expected) => {
    const flags = healthFlags(goals, settings, now);
    expect([...flags.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [id, wanted] of Object.entries(expected)) {
      const found = flags.get(id) ?? [];
      expect(found.map((f) => f.code)).toEqual(wanted.map(([code]) => code));
      wanted.forEach(([, ...words], i) => {
        for (const word of words) expect(found[i]?.message).toContain(word);
        expect(found[i]?.message).toMatch(/^[A-Z].*\.$/);
      });
    }
  });

  it('does not name a parent the viewer cannot see', () => {
    const secret = goal({
      id: 's',
      title: 'Secret merger',
      dueDate: '2026-08-31',
      state: 'archived',
    });
    const child = goal({ id: 'x', parentIds: linksTo('s'), dueDate: '2026-09-30' });
    const flags = healthFlags([secret, child], settings, now, { isVisible: (g) => g.id !== 's' });
    expect(flags.get('x')?.map((f) => f.message)).toEqual([
      'It is aligned to a goal you cannot see, which is archived.',
    ]);
  });

  it('uses the progress it is given', () => {
    const goals = [co, goal({ id: 'x', parentIds: linksTo('co') })];
    expect(healthFlags(goals, settings, now).get('x')).toBeUndefined();
    const flags = healthFlags(goals, settings, now, { progress: new Map([['co', 1]]) });
    expect(flags.get('x')?.map((f) => f.code)).toEqual(['parent_inactive']);
  });
});
