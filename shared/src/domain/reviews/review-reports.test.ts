import type { Review } from '../../contracts/review.js';
import {
  completionByDepartment,
  ratingDistributionByManager,
  UNKNOWN_DEPARTMENT,
} from './review-reports.js';
import { submitted, testCycle, testReview } from './test-review.js';

const people = [
  { id: 'ann', department: 'Engineering' },
  { id: 'bo', department: 'Engineering' },
  { id: 'raj', department: 'Sales' },
];
const draft = { answers: {}, submittedAt: null };
const review = (revieweeId: string, fields: Partial<Review> = {}) =>
  testReview({ id: `r-${revieweeId}`, revieweeId, ...fields });

describe('completionByDepartment', () => {
  it('counts each milestone per department, sorted by name', () => {
    const reviews = [
      review('raj', { self: submitted() }),
      review('ann', {
        self: submitted(),
        manager: submitted(),
        acknowledgedAt: '2026-12-02T09:00:00Z',
      }),
      review('bo', { manager: submitted() }),
      review('gone', { self: draft }),
    ];
    expect(completionByDepartment(reviews, people)).toEqual([
      {
        department: 'Engineering',
        total: 2,
        selfSubmitted: 1,
        managerSubmitted: 2,
        acknowledged: 1,
      },
      { department: 'Sales', total: 1, selfSubmitted: 1, managerSubmitted: 0, acknowledged: 0 },
      {
        department: UNKNOWN_DEPARTMENT,
        total: 1,
        selfSubmitted: 0,
        managerSubmitted: 0,
        acknowledged: 0,
      },
    ]);
  });

  it('is empty without reviews', () => {
    expect(completionByDepartment([], people)).toEqual([]);
  });
});

describe('ratingDistributionByManager', () => {
  const { template } = testCycle();
  const rated = (reviewerId: string, rating: number | undefined, sent = true) =>
    testReview({
      reviewerId,
      manager: {
        answers: { impact: { rating }, story: { rating: 5 } },
        submittedAt: sent ? '2026-11-20T09:00:00Z' : null,
      },
    });

  it.each<[string, Review[], { reviewerId: string; reviews: number; counts: number[] }[]]>([
    ['none', [], []],
    [
      'one manager',
      [rated('mia', 4), rated('mia', 4), rated('mia', 1)],
      [{ reviewerId: 'mia', reviews: 3, counts: [1, 0, 0, 2, 0] }],
    ],
    [
      'drafts do not count',
      [rated('mia', 5, false), rated('mia', 3)],
      [{ reviewerId: 'mia', reviews: 1, counts: [0, 0, 1, 0, 0] }],
    ],
    [
      'a missing rating counts the review only',
      [rated('mia', undefined)],
      [{ reviewerId: 'mia', reviews: 1, counts: [0, 0, 0, 0, 0] }],
    ],
    [
      'per reviewer, sorted',
      [rated('zoe', 5), rated('kim', 2)],
      [
        { reviewerId: 'kim', reviews: 1, counts: [0, 1, 0, 0, 0] },
        { reviewerId: 'zoe', reviews: 1, counts: [0, 0, 0, 0, 1] },
      ],
    ],
  ])(
    '%s (only rating questions; a rating on a text question is ignored)',
    (_name, reviews, expected) => {
      expect(ratingDistributionByManager(reviews, template)).toEqual(
        expected.map(({ reviewerId, reviews: n, counts }) => ({
          reviewerId,
          reviews: n,
          questions: [{ questionId: 'impact', counts }],
        })),
      );
    },
  );
});
