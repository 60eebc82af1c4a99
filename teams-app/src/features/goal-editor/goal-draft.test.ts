import type { CreateGoal, SmartCheckRequest } from '@northstar/shared';
import {
  blankDraft,
  draftFromGoal,
  parentLinksOf,
  toCreateGoal,
  toSmartRequest,
  todayIso,
  type GoalDraft,
} from './goal-draft';
import { testGoal } from './test-editor-api';

const draft = (change: Partial<GoalDraft>): GoalDraft => ({
  ...blankDraft('2026-10-01'),
  title: 'Ship the billing page',
  ...change,
});

describe('goal drafts', () => {
  it('reads today in local time', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('round-trips a saved goal through the form', () => {
    const goal = testGoal();
    expect(toCreateGoal(draftFromGoal(goal))).toEqual({
      title: goal.title,
      description: goal.description,
      level: 'individual',
      startDate: goal.startDate,
      dueDate: goal.dueDate,
      metric: goal.metric,
      parentIds: goal.parentIds,
      visibility: 'private',
    });
  });

  it.each<[string, Partial<GoalDraft>, Partial<CreateGoal>]>([
    [
      'a metric half typed',
      { measured: true, unit: 'tickets', start: '10' },
      { visibility: 'private' },
    ],
    ['a metric switched off', { unit: 'x', start: '1', target: '2' }, { visibility: 'private' }],
    ['a company goal', { level: 'company', parents: [{ goalId: 'g-team', weight: 5 }] }, {}],
    ['a team goal', { level: 'team', visibility: 'private' }, {}],
  ])('sends only what applies: %s', (_case, change, expected) => {
    const { metric, parentIds, visibility } = toCreateGoal(draft(change));
    const optional = { metric, parentIds, visibility };
    expect(JSON.parse(JSON.stringify(optional))).toEqual(expected);
  });

  it('gives a lone parent whose weight was cleared the default weight', () => {
    expect(parentLinksOf(draft({ parents: [{ goalId: 'g-team', weight: NaN }] }))).toEqual([
      { goalId: 'g-team', weight: 100 },
    ]);
  });

  it.each<[string, Partial<GoalDraft>, SmartCheckRequest | null]>([
    ['no title', { title: '  ' }, null],
    [
      'only complete parts',
      { dueDate: '2026-1', measured: true, unit: 'tickets', start: '1', target: '' },
      { title: 'Ship the billing page', level: 'individual', startDate: '2026-10-01' },
    ],
    [
      'everything',
      {
        description: ' Why ',
        dueDate: '2026-12-31',
        measured: true,
        unit: 'pages',
        start: '0',
        target: '1',
        parents: [
          { goalId: 'g-team', weight: 60 },
          { goalId: 'g-company', weight: NaN },
        ],
      },
      {
        title: 'Ship the billing page',
        level: 'individual',
        description: 'Why',
        metric: { unit: 'pages', start: 0, target: 1 },
        parentIds: [{ goalId: 'g-team', weight: 60 }],
        startDate: '2026-10-01',
        dueDate: '2026-12-31',
      },
    ],
  ])('asks the coach about %s', (_case, change, expected) => {
    expect(toSmartRequest(draft(change))).toEqual(expected);
  });
});
