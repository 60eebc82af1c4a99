import {
  ReviewActionSchema,
  type Review,
  type ReviewAction,
  type ReviewSection,
  type ReviewView,
  type ReviewViewerRole,
} from '../../contracts/review.js';
import { decideReviewAction } from './review-actions.js';
import type { ReviewActor } from './review-decision.js';
import { releasedAtOf, reviewPhaseAt, type CycleCalendar } from './review-phase.js';

/**
 * How `viewer` relates to `review`, or null for anyone else (a peer, an unrelated person). The
 * first that applies: the reviewee, the reviewer, someone in the reviewee's management chain, an
 * admin. Being the reviewee wins over being an admin, so an admin's own review stays hidden
 * from them until it is released like anyone else's.
 */
export function reviewViewerRole(
  viewer: ReviewActor,
  review: Pick<Review, 'revieweeId' | 'reviewerId'>,
): ReviewViewerRole | null {
  if (viewer.id === review.revieweeId) return 'reviewee';
  if (viewer.id === review.reviewerId) return 'reviewer';
  if (viewer.chainOfReviewee.includes(viewer.id)) return 'chain';
  if (viewer.isAdmin) return 'admin';
  return null;
}

/**
 * Whether `viewer` may open `review` at all: the reviewee (always, to write the self review; the
 * manager's part only after release, see `reviewForViewer`), the reviewer, the reviewee's
 * management chain and admins. Nobody else sees that the review exists.
 */
export function canViewReview(
  viewer: ReviewActor,
  review: Pick<Review, 'revieweeId' | 'reviewerId'>,
): boolean {
  return reviewViewerRole(viewer, review) !== null;
}

/** A section for a viewer: its author sees the draft, others only a submitted section. */
function visibleSection(section: ReviewSection, isAuthor: boolean): ReviewSection | null {
  return isAuthor || section.submittedAt !== null ? section : null;
}

/** Every action `viewer` may take on `review` at `now`, in `ReviewActionSchema` order. */
export function allowedReviewActions(
  viewer: ReviewActor,
  review: Review,
  cycle: CycleCalendar,
  now: Date,
): ReviewAction[] {
  return ReviewActionSchema.options.filter(
    (action) => decideReviewAction({ cycle, review, actor: viewer, action, now }).allowed,
  );
}

/**
 * `review` as `viewer` may see it at `now`, or null when they may not see it (`canViewReview`).
 * A section's draft is shown only to its author; the reviewee never gets the manager section
 * (ratings included) before the review is released, whatever other role they hold. Fields are
 * copied one by one so nothing the store adds travels along.
 */
export function reviewForViewer(
  viewer: ReviewActor,
  review: Review,
  cycle: CycleCalendar,
  now: Date,
): ReviewView | null {
  const role = reviewViewerRole(viewer, review);
  if (role === null) return null;
  const releasedAt = releasedAtOf(cycle, review, now);
  const hideManager = role === 'reviewee' && releasedAt === null;
  return {
    id: review.id,
    tenantId: review.tenantId,
    cycleId: review.cycleId,
    revieweeId: review.revieweeId,
    reviewerId: review.reviewerId,
    self: visibleSection(review.self, role === 'reviewee'),
    manager: hideManager ? null : visibleSection(review.manager, role === 'reviewer'),
    releasedAt,
    acknowledgedAt: review.acknowledgedAt,
    selfReopenedAt: review.selfReopenedAt,
    createdAt: review.createdAt,
    updatedAt: review.updatedAt,
    etag: review.etag,
    released: releasedAt !== null,
    phase: reviewPhaseAt(cycle, now),
    viewerRole: role,
    allowedActions: allowedReviewActions(viewer, review, cycle, now),
  };
}
