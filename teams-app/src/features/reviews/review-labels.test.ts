import { countByStatus, reviewStatusOf, type ReviewStatus } from './review-labels';
import { testReview } from './test-review';

const AT = '2026-11-05T09:00:00.000Z';
const submitted = { answers: {}, submittedAt: AT };

describe('reviewStatusOf', () => {
  it.each<[string, Parameters<typeof testReview>[0], ReviewStatus]>([
    ['a hidden draft', { self: null }, 'not_started'],
    ['a submitted self review', { self: submitted }, 'self_submitted'],
    ['a submitted manager review', { self: submitted, manager: submitted }, 'manager_submitted'],
    ['a released review', { released: true, manager: null }, 'released'],
    ['an acknowledged review', { released: true, acknowledgedAt: AT }, 'acknowledged'],
  ])('reads %s', (_, overrides, status) => {
    expect(reviewStatusOf(testReview(overrides))).toBe(status);
  });

  it('counts reviews by status', () => {
    const counts = countByStatus([testReview(), testReview({ self: submitted }), testReview()]);
    expect(counts).toEqual({
      not_started: 2,
      self_submitted: 1,
      manager_submitted: 0,
      released: 0,
      acknowledged: 0,
    });
  });
});
