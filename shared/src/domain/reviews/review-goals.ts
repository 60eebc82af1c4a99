import type { Goal } from '../../contracts/goal.js';
import type { ReviewCycle } from '../../contracts/review-cycle.js';
import type { Review } from '../../contracts/review.js';

/**
 * The goals a review's goals section shows: the reviewee's own goals of the cycle's period, of
 * every level, archived ones included (a goal dropped during the period is part of its story).
 * Pass goal views to show their progress and status; the input order is kept.
 */
export function goalsForReview<G extends Pick<Goal, 'ownerId' | 'periodId'>>(
  goals: readonly G[],
  review: Pick<Review, 'revieweeId'>,
  cycle: Pick<ReviewCycle, 'periodId'>,
): G[] {
  return goals.filter((g) => g.ownerId === review.revieweeId && g.periodId === cycle.periodId);
}
