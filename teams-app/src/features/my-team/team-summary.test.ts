import type { GoalView, Person } from '@northstar/shared';
import { testPerson } from '../../test/render-screen';
import { DAY_MS } from './goal-attention';
import { attentionRank, sortByAttention, summarizeGoals, type ReportSummary } from './team-summary';
import { testGoalView } from './test-goal-view';

const NOW = Date.parse('2026-08-20T12:00:00.000Z');
const ago = (days: number) => new Date(NOW - days * DAY_MS).toISOString();

describe('summarizeGoals', () => {
  it('counts active and done goals, averages progress and finds the longest silence', () => {
    const goals: GoalView[] = [
      testGoalView({ id: 'a', progress: 0.2, status: 'stale', lastCheckInAt: ago(20) }),
      testGoalView({
        id: 'b',
        progress: 0.4,
        status: 'stale',
        lastCheckInAt: null,
        createdAt: ago(30),
      }),
      testGoalView({ id: 'c', progress: 1, status: 'done' }),
      testGoalView({ id: 'd', progress: 0.6, status: 'off_track' }),
      testGoalView({ id: 'e', progress: 0.9, status: 'on_track', state: 'archived' }),
    ];
    expect(summarizeGoals(goals, NOW)).toEqual({
      activeCount: 3,
      doneCount: 1,
      averageProgress: 0.55,
      staleCount: 2,
      offTrackCount: 1,
      atRiskCount: 0,
      daysWithoutCheckIn: 30,
    });
  });

  it('has no average and no silence without goals', () => {
    expect(summarizeGoals([], NOW)).toMatchObject({
      averageProgress: null,
      daysWithoutCheckIn: null,
    });
  });
});

const summary = (overrides: Partial<ReportSummary>): ReportSummary => ({
  activeCount: 2,
  doneCount: 0,
  averageProgress: 0.5,
  staleCount: 0,
  offTrackCount: 0,
  atRiskCount: 0,
  daysWithoutCheckIn: null,
  ...overrides,
});

describe('attentionRank', () => {
  it.each<[string, ReportSummary | null, number]>([
    ['a stale goal', summary({ staleCount: 1, daysWithoutCheckIn: 20 }), 0],
    ['an off-track goal', summary({ offTrackCount: 1 }), 0],
    ['an at-risk goal', summary({ atRiskCount: 1 }), 1],
    ['nothing active', summary({ activeCount: 0, averageProgress: null }), 1],
    ['not loaded yet', null, 2],
    ['all on track', summary({}), 3],
  ])('%s', (_, value, rank) => {
    expect(attentionRank(value)).toBe(rank);
  });
});

describe('sortByAttention', () => {
  it('puts those needing attention first, the longest silent first, then by name', () => {
    const entry = (name: string, value: ReportSummary | null) => ({
      person: testPerson({ id: name.toLowerCase(), displayName: name }) satisfies Person,
      summary: value,
    });
    const sorted = sortByAttention([
      entry('Ana', summary({})),
      entry('Ben', null),
      entry('Cy', summary({ staleCount: 1, daysWithoutCheckIn: 9 })),
      entry('Di', summary({ atRiskCount: 1 })),
      entry('Ed', summary({ staleCount: 1, daysWithoutCheckIn: 30 })),
      entry('Flo', summary({ offTrackCount: 1 })),
    ]);
    expect(sorted.map((e) => e.person.displayName)).toEqual([
      'Ed',
      'Cy',
      'Flo',
      'Di',
      'Ben',
      'Ana',
    ]);
  });
});
