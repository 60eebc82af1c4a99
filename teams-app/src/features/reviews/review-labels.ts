import type { ReviewPhase, ReviewView } from '@northstar/shared';

/** Where a review stands, as a manager follows their reports. */
export type ReviewStatus =
  'not_started' | 'self_submitted' | 'manager_submitted' | 'released' | 'acknowledged';

/** Each status in plain words. */
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  not_started: 'Not started',
  self_submitted: 'Self submitted',
  manager_submitted: 'Manager submitted',
  released: 'Released',
  acknowledged: 'Acknowledged',
};

/** Each phase of a cycle in plain words. */
export const PHASE_LABELS: Record<ReviewPhase, string> = {
  not_started: 'Not started yet',
  self_review: 'Self review',
  manager_review: 'Manager review',
  awaiting_release: 'Awaiting release',
  released: 'Released',
  closed: 'Closed',
};

/** The furthest step a review has reached (a hidden draft counts as not submitted). */
export function reviewStatusOf(review: ReviewView): ReviewStatus {
  if (review.acknowledgedAt) return 'acknowledged';
  if (review.released) return 'released';
  if (review.manager?.submittedAt) return 'manager_submitted';
  if (review.self?.submittedAt) return 'self_submitted';
  return 'not_started';
}

/** What the viewer should do next, from what the API allows them now. */
export function nextStepOf(review: ReviewView): string {
  const allowed = new Set(review.allowedActions);
  if (allowed.has('submit_self')) return 'Write and submit your self review.';
  if (allowed.has('submit_manager')) return 'Write and submit the manager review.';
  if (allowed.has('acknowledge')) return 'Read your review and acknowledge it.';
  if (allowed.has('release')) return 'Release the review to the reviewee.';
  return 'Nothing to do right now.';
}

/** How many reviews are at each status. */
export function countByStatus(reviews: ReviewView[]): Record<ReviewStatus, number> {
  const counts: Record<ReviewStatus, number> = {
    not_started: 0,
    self_submitted: 0,
    manager_submitted: 0,
    released: 0,
    acknowledged: 0,
  };
  for (const review of reviews) counts[reviewStatusOf(review)] += 1;
  return counts;
}
