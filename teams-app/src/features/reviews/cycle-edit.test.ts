import { formatDate } from '../../components/format';
import { cycleEditIssues, cyclePatchOf, editOfCycle, type CycleEdit } from './cycle-edit';
import { testCycle } from './test-review';

const base = editOfCycle(testCycle());

describe('cycleEditIssues', () => {
  it.each<[string, Partial<CycleEdit>, Record<string, string>]>([
    ['a valid form', {}, {}],
    ['a short name', { name: ' ab ' }, { name: 'Use 3 to 120 characters.' }],
    ['a missing date', { release: '' }, { 'phases.release': 'Enter a date.' }],
    [
      'a self review ending before it starts',
      { selfEnd: '2026-10-30' },
      {
        'phases.selfReview.end': `Must be on or after “Self review starts” (${formatDate('2026-11-01')}).`,
      },
    ],
    [
      'acknowledgement before release',
      { acknowledgeBy: '2026-11-30' },
      { 'phases.acknowledgeBy': `Must be on or after “Release on” (${formatDate('2026-12-01')}).` },
    ],
  ])('finds what is wrong with %s', (_, change, expected) => {
    expect(cycleEditIssues({ ...base, ...change })).toEqual(expected);
  });
});

describe('cyclePatchOf', () => {
  it.each<[string, Partial<CycleEdit>, unknown]>([
    ['nothing changed', { name: 'FY27 H1 review ' }, null],
    ['a new name', { name: 'H1' }, { name: 'H1' }],
    [
      'a moved date',
      { managerEnd: '2026-11-29' },
      {
        phases: {
          ...testCycle().phases,
          managerReview: { start: '2026-11-15', end: '2026-11-29' },
        },
      },
    ],
  ])('sends only what changed: %s', (_, change, patch) => {
    expect(cyclePatchOf(testCycle(), { ...base, ...change })).toEqual(patch);
  });
});
