import type { Review, ReviewAction, ReviewAnswers } from '../../contracts/review.js';
import { formatDay, releasedAtOf, type CycleCalendar } from './review-phase.js';

/**
 * The person acting on or looking at a review: `chainOfReviewee` is the reviewee's management
 * chain, direct manager first, as the directory has it now.
 */
export interface ReviewActor {
  id: string;
  isAdmin: boolean;
  chainOfReviewee: readonly string[];
}

/** What `decideReviewAction` reads. `answers` are the section's new answers for a save or submit. */
export interface ReviewActionInput {
  cycle: CycleCalendar;
  review: Review;
  actor: ReviewActor;
  action: ReviewAction;
  now: Date;
  answers?: ReviewAnswers;
}

/**
 * The verdict on an action: the fields to change (the caller merges them, stamps `updatedAt` and
 * writes with If-Match), or why not: `forbidden` (403) for the wrong person, `conflict` (409)
 * for the right person at the wrong time, with a reason in plain words.
 */
export type ReviewDecision =
  | { allowed: true; next: Partial<Review> }
  | { allowed: false; code: 'forbidden' | 'conflict'; reason: string };

/** An allowed action with its changes. */
export function allow(next: Partial<Review>): ReviewDecision {
  return { allowed: true, next };
}

/** The wrong person for this action. */
export function forbidden(reason: string): ReviewDecision {
  return { allowed: false, code: 'forbidden', reason };
}

/** The right person at the wrong time. */
export function conflict(reason: string): ReviewDecision {
  return { allowed: false, code: 'conflict', reason };
}

/** A conflict when the cycle is not open: a draft has no live reviews, a closed one is frozen. */
export function cycleRefusal(cycle: CycleCalendar): ReviewDecision | null {
  switch (cycle.state) {
    case 'draft':
      return conflict(`The review cycle "${cycle.name}" has not been opened yet.`);
    case 'closed':
      return conflict(
        `The review cycle "${cycle.name}" is closed; its reviews can no longer change.`,
      );
    case 'open':
      return null;
  }
}

/** A conflict when the cycle is not open or the review is released, so nothing may change. */
export function frozenRefusal(input: ReviewActionInput): ReviewDecision | null {
  const closed = cycleRefusal(input.cycle);
  if (closed) return closed;
  const releasedAt = releasedAtOf(input.cycle, input.review, input.now);
  return releasedAt === null
    ? null
    : conflict(
        `This review was released on ${formatDay(releasedAt)}; it can no longer be changed.`,
      );
}
