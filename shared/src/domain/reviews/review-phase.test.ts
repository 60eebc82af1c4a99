import type { CycleState } from '../../contracts/review-cycle.js';
import type { Review, ReviewPhase } from '../../contracts/review.js';
import { formatDay, isReleased, releasedAtOf, reviewPhaseAt, utcDay } from './review-phase.js';
import { submitted, testCycle, testReview } from './test-review.js';

describe('reviewPhaseAt', () => {
  // Self 1-14 Nov, manager 17-28 Nov, release 1 Dec, acknowledge by 8 Dec (2026).
  it.each<[string, ReviewPhase]>([
    ['2026-10-31T23:59:59.999Z', 'not_started'],
    ['2026-11-01T00:00:00.000Z', 'self_review'],
    ['2026-11-14T23:59:59.999Z', 'self_review'],
    ['2026-11-15T12:00:00.000Z', 'self_review'],
    ['2026-11-16T23:59:59.999Z', 'self_review'],
    ['2026-11-17T00:00:00.000Z', 'manager_review'],
    ['2026-11-28T23:59:59.999Z', 'manager_review'],
    ['2026-11-29T00:00:00.000Z', 'awaiting_release'],
    ['2026-11-30T23:59:59.999Z', 'awaiting_release'],
    ['2026-12-01T00:00:00.000Z', 'released'],
    ['2026-12-09T00:00:00.000Z', 'released'],
    ['2027-06-01T00:00:00.000Z', 'released'],
    ['2026-12-01T08:00:00+09:00', 'awaiting_release'],
  ])('an open cycle at %s: %s', (instant, phase) => {
    expect(reviewPhaseAt(testCycle(), new Date(instant))).toBe(phase);
  });

  it.each<[CycleState, string, ReviewPhase]>([
    ['draft', '2026-11-10T12:00:00.000Z', 'not_started'],
    ['draft', '2026-12-10T12:00:00.000Z', 'not_started'],
    ['closed', '2026-11-10T12:00:00.000Z', 'closed'],
    ['closed', '2026-12-10T12:00:00.000Z', 'closed'],
  ])('a %s cycle at %s: %s', (state, instant, phase) => {
    expect(reviewPhaseAt(testCycle({ state }), new Date(instant))).toBe(phase);
  });
});

describe('releasedAtOf and isReleased', () => {
  const manager = submitted({}, '2026-11-20T12:00:00.000Z');
  it.each<[string, CycleState, Partial<Review>, string, string | null]>([
    ['before the date', 'open', { manager }, '2026-11-30T23:59:59.999Z', null],
    ['on the date', 'open', { manager }, '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z'],
    ['on the date, manager draft', 'open', {}, '2026-12-05T00:00:00.000Z', null],
    [
      'early by an admin',
      'open',
      { manager, releasedAt: '2026-11-21T09:00:00.000Z' },
      '2026-11-22T00:00:00.000Z',
      '2026-11-21T09:00:00.000Z',
    ],
    [
      'closed after the date',
      'closed',
      { manager },
      '2026-12-10T00:00:00.000Z',
      '2026-12-01T00:00:00.000Z',
    ],
    ['a draft cycle after the date', 'draft', { manager }, '2026-12-10T00:00:00.000Z', null],
  ])('%s', (_name, state, review, instant, expected) => {
    const cycle = testCycle({ state });
    const now = new Date(instant);
    expect(releasedAtOf(cycle, testReview(review), now)).toBe(expected);
    expect(isReleased(cycle, testReview(review), now)).toBe(expected !== null);
  });
});

describe('formatDay and utcDay', () => {
  it.each([
    ['2026-11-14', '14 Nov 2026'],
    ['2026-01-01', '1 Jan 2026'],
    ['2026-12-31', '31 Dec 2026'],
    ['2026-11-14T23:30:00.000Z', '14 Nov 2026'],
    ['2026-11-15T01:30:00+02:00', '14 Nov 2026'],
  ])('%s reads %s', (value, words) => {
    expect(formatDay(value)).toBe(words);
  });

  it('takes the UTC day, not the local one', () => {
    expect(utcDay(new Date('2026-11-15T01:30:00+02:00'))).toBe('2026-11-14');
  });
});
