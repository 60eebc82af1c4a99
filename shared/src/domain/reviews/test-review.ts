import type { ReviewCycle } from '../../contracts/review-cycle.js';
import type { Review, ReviewAnswers } from '../../contracts/review.js';

/**
 * A valid open cycle for tests: self review 1-14 Nov 2026, manager review 17-28 Nov, release
 * 1 Dec, acknowledge by 8 Dec; one rating, one text and one goals question. Not exported from
 * the package index.
 */
export function testCycle(overrides: Partial<ReviewCycle> = {}): ReviewCycle {
  return {
    id: 'c1',
    tenantId: 't1',
    name: 'H2 2026',
    periodId: 'h2',
    scope: { kind: 'tenant' },
    phases: {
      selfReview: { start: '2026-11-01', end: '2026-11-14' },
      managerReview: { start: '2026-11-17', end: '2026-11-28' },
      release: '2026-12-01',
      acknowledgeBy: '2026-12-08',
    },
    template: {
      questions: [
        { id: 'impact', kind: 'rating', text: 'Impact', levels: ['1', '2', '3', '4', '5'] },
        { id: 'story', kind: 'text', text: 'Highlights', maxLength: 100 },
        { id: 'goals', kind: 'goals', text: 'Goals of the half' },
      ],
    },
    state: 'open',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T09:00:00.000Z',
    etag: '"1"',
    ...overrides,
  };
}

/** Ann's review by her manager Mia in `testCycle`, nothing written yet. */
export function testReview(overrides: Partial<Review> = {}): Review {
  return {
    id: 'r1',
    tenantId: 't1',
    cycleId: 'c1',
    revieweeId: 'ann',
    reviewerId: 'mia',
    self: { answers: {}, submittedAt: null },
    manager: { answers: {}, submittedAt: null },
    releasedAt: null,
    acknowledgedAt: null,
    selfReopenedAt: null,
    createdAt: '2026-10-02T09:00:00.000Z',
    updatedAt: '2026-10-02T09:00:00.000Z',
    etag: '"1"',
    ...overrides,
  };
}

/** A submitted section with `answers`. */
export function submitted(answers: ReviewAnswers = {}, at = '2026-11-10T12:00:00.000Z') {
  return { answers, submittedAt: at };
}

/** Ann's chain: her manager Mia, then Sam. */
export const annChain = ['mia', 'sam'];

/** Ann (the reviewee), Mia (her reviewer), Sam (skip-level), HR (admin), Zed (unrelated). */
export const people = {
  ann: { id: 'ann', isAdmin: false, chainOfReviewee: annChain },
  mia: { id: 'mia', isAdmin: false, chainOfReviewee: annChain },
  sam: { id: 'sam', isAdmin: false, chainOfReviewee: annChain },
  hr: { id: 'hr', isAdmin: true, chainOfReviewee: annChain },
  zed: { id: 'zed', isAdmin: false, chainOfReviewee: annChain },
};
