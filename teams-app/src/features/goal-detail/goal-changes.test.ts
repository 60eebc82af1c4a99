import { testGoalView } from '../check-in/test-goal-view';
import { conflictMessage, describeChanges, listInWords } from './goal-changes';

const before = testGoalView({ id: 'g-1' });

describe('describeChanges', () => {
  it.each([
    ['nothing but the etag', { etag: 'etag-2', updatedAt: '2026-11-20T00:00:00.000Z' }, []],
    ['the title', { title: 'New title' }, ['the title']],
    ['a check-in', { current: 300, lastConfidence: 4 }, ['a new check-in']],
    [
      'dates and owner',
      { dueDate: '2027-01-31', ownerId: 'priya-raman' },
      ['the owner', 'the dates'],
    ],
    ['the metric', { metric: { unit: 'users', start: 0, target: 2000 } }, ['the metric']],
    ['alignment', { parentIds: [{ goalId: 't-1', weight: 1 }] }, ['what it rolls up to']],
    [
      'visibility and period',
      { visibility: 'private' as const, periodId: 'fy27-q3' },
      ['the period', 'who can see it'],
    ],
  ])('%s', (_name, change, words) => {
    expect(describeChanges(before, { ...before, ...change })).toEqual(words);
  });
});

describe('listInWords', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%j', (items, text) => {
    expect(listInWords(items)).toBe(text);
  });
});

describe('conflictMessage', () => {
  it.each([
    [
      'says what changed',
      { title: 'New', current: 1 },
      'Someone changed it since you opened it (the title and a new check-in). It now shows the latest version; archive it again if you still want to.',
    ],
    [
      'says when only the version moved',
      { etag: 'etag-9' },
      'Someone changed it since you opened it (it was saved again). It now shows the latest version; archive it again if you still want to.',
    ],
    [
      'says when it is archived already',
      { state: 'archived' as const },
      'Someone archived it in the meantime.',
    ],
  ])('%s', (_name, change, message) => {
    expect(conflictMessage(before, { ...before, ...change })).toBe(message);
  });
});
