import type { Review, ReviewPhase } from '../../contracts/review.js';
import type { PhaseWindow, ReviewCycle } from '../../contracts/review-cycle.js';

/** What the review rules read from a cycle. */
export type CycleCalendar = Pick<ReviewCycle, 'name' | 'state' | 'phases'>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The UTC calendar day of `now`, `YYYY-MM-DD`: every phase date is compared with it. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` date, or an ISO instant (its UTC day), in plain words: `14 Nov 2026`. */
export function formatDay(dateOrInstant: string): string {
  const day = dateOrInstant.length > 10 ? utcDay(new Date(dateOrInstant)) : dateOrInstant;
  const month = MONTHS[Number(day.slice(5, 7)) - 1] ?? day.slice(5, 7);
  return `${Number(day.slice(8, 10))} ${month} ${day.slice(0, 4)}`;
}

/** Whether `day` lies in `window`, both ends included. */
export function inWindow(day: string, window: PhaseWindow): boolean {
  // ISO calendar dates compare correctly as strings.
  return window.start <= day && day <= window.end;
}

/**
 * Where `cycle` stands at `now`. Dates are whole days in UTC, both ends included. A phase runs
 * from its start date until the next one starts, so the days between the end of the self review
 * and the start of the manager review still count as `self_review` (the self review is over, but
 * the manager review has not begun), and a day that ends the self review and starts the manager
 * review is `manager_review`. `released` lasts until an admin closes the cycle; a `draft` cycle
 * is `not_started` whatever the date, a `closed` one `closed`. The phase is the cycle's; whether
 * one review is released is `isReleased`.
 */
export function reviewPhaseAt(
  cycle: Pick<ReviewCycle, 'state' | 'phases'>,
  now: Date,
): ReviewPhase {
  if (cycle.state === 'draft') return 'not_started';
  if (cycle.state === 'closed') return 'closed';
  const day = utcDay(now);
  const { selfReview, managerReview, release } = cycle.phases;
  if (day < selfReview.start) return 'not_started';
  if (day < managerReview.start) return 'self_review';
  if (day <= managerReview.end) return 'manager_review';
  if (day < release) return 'awaiting_release';
  return 'released';
}

/**
 * When `review` was or became released, or null while it is not: an admin's early release, or
 * else the start (00:00 UTC) of the cycle's release date once the manager review is submitted. A
 * review whose manager section was never submitted is not released by the date, so a draft never
 * reaches the reviewee.
 */
export function releasedAtOf(
  cycle: Pick<ReviewCycle, 'state' | 'phases'>,
  review: Pick<Review, 'releasedAt' | 'manager'>,
  now: Date,
): string | null {
  if (review.releasedAt !== null) return review.releasedAt;
  const byDate =
    cycle.state !== 'draft' &&
    review.manager.submittedAt !== null &&
    utcDay(now) >= cycle.phases.release;
  return byDate ? `${cycle.phases.release}T00:00:00.000Z` : null;
}

/** Whether the reviewee may see `review` in full at `now` (see `releasedAtOf`). */
export function isReleased(
  cycle: Pick<ReviewCycle, 'state' | 'phases'>,
  review: Pick<Review, 'releasedAt' | 'manager'>,
  now: Date,
): boolean {
  return releasedAtOf(cycle, review, now) !== null;
}
