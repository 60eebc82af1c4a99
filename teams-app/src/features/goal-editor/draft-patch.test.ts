import { describeConflict } from './conflict-report';
import { mergeDraft, toPatch } from './draft-patch';
import { draftFromGoal, type GoalDraft } from './goal-draft';
import { testGoal } from './test-editor-api';

const base = testGoal();
const edit = (change: Partial<GoalDraft>): GoalDraft => ({ ...draftFromGoal(base), ...change });

describe('patches', () => {
  it.each<[string, Partial<GoalDraft>, object]>([
    ['nothing changed', {}, {}],
    ['only spaces added', { title: ` ${base.title} ` }, {}],
    ['the title', { title: 'New title' }, { title: 'New title' }],
    ['the metric off', { measured: false }, { metric: null }],
    ['the target', { target: '1' }, { metric: { unit: 'hours', start: 8, target: 1 } }],
    ['the parents', { parents: [] }, { parentIds: [] }],
    ['the visibility', { visibility: 'public' }, { visibility: 'public' }],
    [
      'both dates',
      { startDate: '2026-11-01', dueDate: '2027-01-31' },
      { startDate: '2026-11-01', dueDate: '2027-01-31' },
    ],
  ])('holds only what changed: %s', (_case, change, expected) => {
    expect(toPatch(base, edit(change))).toEqual(expected);
  });

  it('never sends visibility for a team goal', () => {
    const team = testGoal({ level: 'team', visibility: 'public' });
    expect(toPatch(team, { ...draftFromGoal(team), visibility: 'private' })).toEqual({});
  });
});

describe('after a 412', () => {
  const theirs = testGoal({ title: 'Their title', description: 'Their words', etag: 'etag-2' });

  it('keeps the writer’s edits and takes the other changes', () => {
    const merged = mergeDraft(base, theirs, edit({ title: 'My title', dueDate: '2027-02-01' }));
    expect(merged).toEqual({
      ...draftFromGoal(theirs),
      title: 'My title',
      dueDate: '2027-02-01',
    });
  });

  it('says what changed in words, and whose version the form keeps', () => {
    const lines = describeConflict(base, theirs, edit({ title: 'My title' }), (id) => id);
    expect(lines).toEqual([
      'Title is now “Their title” (was “Cut support reply time to 2 hours”). You changed it too: the form keeps your version.',
      'Description is now “Their words” (was “Customers wait too long for a first answer.”). The form now shows the new value.',
    ]);
  });

  it.each([
    [{ metric: null }, 'Metric is now none (was from 8 to 2 hours).'],
    [{ visibility: 'public' as const }, 'Visibility is now public (was private).'],
    [
      { parentIds: [{ goalId: 'g-company', weight: 40 }] },
      'Aligned to is now Uptime (weight 40) (was Backlog (weight 100)).',
    ],
  ])('describes other fields too', (change, expected) => {
    const titles: Record<string, string> = { 'g-company': 'Uptime', 'g-team': 'Backlog' };
    const lines = describeConflict(base, testGoal(change), edit({}), (id) => titles[id] ?? id);
    expect(lines).toEqual([`${expected} The form now shows the new value.`]);
  });

  it('has nothing to say when only a check-in changed the goal', () => {
    expect(describeConflict(base, testGoal({ current: 5, etag: 'e3' }), edit({}), String)).toEqual(
      [],
    );
  });
});
