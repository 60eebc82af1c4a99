import type { ReviewAction, UpdateReviewSection } from '../../contracts/review.js';
import {
  allow,
  conflict,
  cycleRefusal,
  forbidden,
  frozenRefusal,
  type ReviewActionInput,
  type ReviewDecision,
} from './review-decision.js';
import { formatDay, releasedAtOf, utcDay } from './review-phase.js';
import { decideManagerEdit, decideSelfEdit } from './section-rules.js';

/**
 * Release ahead of the cycle's release date. Admins only, never on their own review, once the
 * manager review is submitted and while the review is not already released.
 */
function decideRelease(input: ReviewActionInput): ReviewDecision {
  const { cycle, review, actor, now } = input;
  if (!actor.isAdmin) return forbidden('Only an admin can release a review.');
  if (actor.id === review.revieweeId) return forbidden('You cannot release your own review.');
  const closed = cycleRefusal(cycle);
  if (closed) return closed;
  const releasedAt = releasedAtOf(cycle, review, now);
  if (releasedAt !== null) {
    return conflict(`This review was already released on ${formatDay(releasedAt)}.`);
  }
  if (review.manager.submittedAt === null) {
    return conflict(
      'The manager review has not been submitted yet, so there is nothing to release.',
    );
  }
  return allow({ releasedAt: now.toISOString() });
}

/**
 * The reviewee signs the review off, once, after release, while the cycle is open; also after
 * `acknowledgeBy`, which is a due date for reminders, not a deadline.
 */
function decideAcknowledge(input: ReviewActionInput): ReviewDecision {
  const { cycle, review, actor, now } = input;
  if (actor.id !== review.revieweeId) {
    return forbidden('Only the person being reviewed can acknowledge the review.');
  }
  const closed = cycleRefusal(cycle);
  if (closed) return closed;
  if (releasedAtOf(cycle, review, now) === null) {
    const release = cycle.phases.release;
    return conflict(
      utcDay(now) < release
        ? `This review will be released on ${formatDay(release)}; you can acknowledge it then.`
        : 'This review has not been released yet: the manager review has not been submitted.',
    );
  }
  if (review.acknowledgedAt !== null) {
    return conflict(`You acknowledged this review on ${formatDay(review.acknowledgedAt)}.`);
  }
  return allow({ acknowledgedAt: now.toISOString() });
}

/** Why a self review that is not submitted has nothing to reopen, or null when it has. */
function nothingToReopen(input: ReviewActionInput): string | null {
  const { cycle, review, now } = input;
  if (review.self.submittedAt !== null) return null;
  if (review.selfReopenedAt !== null) {
    return 'The self review is already reopened and has not been submitted again.';
  }
  const { start, end } = cycle.phases.selfReview;
  const day = utcDay(now);
  if (day < start)
    return `The self-review phase opens on ${formatDay(start)}; there is nothing to reopen yet.`;
  if (day <= end)
    return `The self review is still open until ${formatDay(end)}; there is nothing to reopen.`;
  return null;
}

/**
 * The reviewer or an admin (not on their own review) lets the reviewee edit the self review
 * again: a submitted one, or an unsubmitted one after the self-review phase ended. Only before
 * the manager review is submitted, so a manager never reviews a moving target.
 */
function decideReopenSelf(input: ReviewActionInput): ReviewDecision {
  const { review, actor, now } = input;
  if (actor.id !== review.reviewerId && !actor.isAdmin) {
    return forbidden('Only the reviewer or an admin can reopen the self review.');
  }
  if (actor.id === review.revieweeId) return forbidden('You cannot reopen your own self review.');
  const frozen = frozenRefusal(input);
  if (frozen) return frozen;
  if (review.manager.submittedAt !== null) {
    return conflict(
      'The manager review has been submitted, so the self review can no longer be reopened.',
    );
  }
  const nothing = nothingToReopen(input);
  if (nothing !== null) return conflict(nothing);
  return allow({
    self: { answers: review.self.answers, submittedAt: null },
    selfReopenedAt: now.toISOString(),
  });
}

/**
 * THE review state machine: whether `actor` may take `action` on `review` at `now`, and the
 * fields that change if so. Who comes first (`forbidden`), then when (`conflict`). Rules per
 * action: `decideSelfEdit`, `decideManagerEdit`, and release, acknowledge and reopen above. Phase
 * dates are whole UTC days, both ends included (see `reviewPhaseAt`). The server enforces it on
 * every write; clients use it to offer only what is allowed.
 */
export function decideReviewAction(input: ReviewActionInput): ReviewDecision {
  switch (input.action) {
    case 'save_self':
      return decideSelfEdit(input, false);
    case 'submit_self':
      return decideSelfEdit(input, true);
    case 'save_manager':
      return decideManagerEdit(input, false);
    case 'submit_manager':
      return decideManagerEdit(input, true);
    case 'release':
      return decideRelease(input);
    case 'acknowledge':
      return decideAcknowledge(input);
    case 'reopen_self':
      return decideReopenSelf(input);
  }
}

/** The state-machine action a `PATCH /api/reviews/{id}` body asks for. */
export function actionForSectionUpdate(
  update: Pick<UpdateReviewSection, 'section' | 'submit'>,
): ReviewAction {
  const submit = update.submit === true;
  if (update.section === 'self') return submit ? 'submit_self' : 'save_self';
  return submit ? 'submit_manager' : 'save_manager';
}
