import type { CycleScope, CycleState, ReviewPhase, ReviewView } from '@northstar/shared';

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

/** Where one section stands as the viewer can tell. */
export type SectionStatus =
  'not_started' | 'draft' | 'reopened' | 'submitted' | 'not_submitted' | 'after_release';

/** Each section status in plain words. */
export const SECTION_STATUS_LABELS: Record<SectionStatus, string> = {
  not_started: 'Not started',
  draft: 'Draft',
  reopened: 'Reopened',
  submitted: 'Submitted',
  // Someone else's draft is hidden: all the viewer knows is that it is not submitted.
  not_submitted: 'Not submitted',
  after_release: 'Shown after release',
};

/** The self or manager section of a review as the viewer can tell from what the API sent. */
export function sectionStatusOf(review: ReviewView, section: 'self' | 'manager'): SectionStatus {
  const content = review[section];
  if (content?.submittedAt) return 'submitted';
  if (section === 'self' && review.selfReopenedAt) return 'reopened';
  if (content === null) return review.viewerRole === 'reviewee' ? 'after_release' : 'not_submitted';
  return Object.keys(content.answers).length === 0 ? 'not_started' : 'draft';
}

/** Whether the reviewee has the review yet, in words. */
export function releaseLabelOf(review: ReviewView): string {
  if (review.acknowledgedAt) return 'Acknowledged';
  return review.released ? 'Released, not acknowledged' : 'Not released';
}

/** Each cycle state in plain words. */
export const CYCLE_STATE_LABELS: Record<CycleState, string> = {
  draft: 'Draft',
  open: 'Open',
  closed: 'Closed',
};

/** Who a cycle reviews, in words. */
export function scopeLabel(scope: CycleScope): string {
  return scope.kind === 'tenant' ? 'Everyone' : scope.departments.join(', ');
}
