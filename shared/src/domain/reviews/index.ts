export { COMMENT_MAX_LENGTH, validateAnswers, type FieldIssue } from './answers.js';
export { decideCycleTransition } from './cycle-transition.js';
export { canViewOneOnOne, canViewPrivateNote } from './one-on-one-access.js';
export { actionForSectionUpdate, decideReviewAction } from './review-actions.js';
export type { ReviewActionInput, ReviewActor, ReviewDecision } from './review-decision.js';
export { goalsForReview } from './review-goals.js';
export {
  formatDay,
  isReleased,
  releasedAtOf,
  reviewPhaseAt,
  utcDay,
  type CycleCalendar,
} from './review-phase.js';
export {
  completionByDepartment,
  ratingDistributionByManager,
  UNKNOWN_DEPARTMENT,
} from './review-reports.js';
export {
  allowedReviewActions,
  canViewReview,
  reviewForViewer,
  reviewViewerRole,
} from './review-view.js';
export {
  reviewsToCreate,
  SKIP_REASON_TEXT,
  type CyclePerson,
  type ReviewToCreate,
  type SkippedReviewee,
} from './reviews-to-create.js';
