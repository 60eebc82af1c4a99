import type { PhaseWindow } from '../../contracts/review-cycle.js';
import {
  allow,
  conflict,
  forbidden,
  frozenRefusal,
  type ReviewActionInput,
  type ReviewDecision,
} from './review-decision.js';
import { formatDay, utcDay } from './review-phase.js';

/** A conflict when `now` is outside `window`, naming the phase and the date that matters. */
function windowRefusal(
  phase: string,
  window: PhaseWindow,
  now: Date,
  lateHint: string,
): ReviewDecision | null {
  const day = utcDay(now);
  if (day < window.start)
    return conflict(`The ${phase} phase opens on ${formatDay(window.start)}.`);
  if (day > window.end) {
    return conflict(`The ${phase} phase ended on ${formatDay(window.end)}; ${lateHint}.`);
  }
  return null;
}

/**
 * Saving (`submit` false) or submitting the self review. Only the reviewee, while the cycle is
 * open and the review not released, before the manager submits, and while the self review is not
 * submitted: within the self-review dates, or at any time after the reviewer or an admin reopened
 * it. The self review does not stay open into the manager-review phase by itself: late work
 * needs a reopen, so the manager knows what they are reviewing.
 */
export function decideSelfEdit(input: ReviewActionInput, submit: boolean): ReviewDecision {
  const { cycle, review, actor, now } = input;
  if (actor.id !== review.revieweeId) {
    return forbidden('Only the person being reviewed can write the self review.');
  }
  const frozen = frozenRefusal(input);
  if (frozen) return frozen;
  if (review.manager.submittedAt !== null) {
    return conflict(
      'Your manager has already submitted their review, so the self review is locked.',
    );
  }
  if (review.self.submittedAt !== null) {
    const on = formatDay(review.self.submittedAt);
    return conflict(`You submitted your self review on ${on}; ask your manager to reopen it.`);
  }
  if (review.selfReopenedAt === null) {
    const late = windowRefusal(
      'self-review',
      cycle.phases.selfReview,
      now,
      'ask your manager to reopen it',
    );
    if (late) return late;
  }
  const answers = input.answers ?? review.self.answers;
  return submit
    ? allow({ self: { answers, submittedAt: now.toISOString() }, selfReopenedAt: null })
    : allow({ self: { answers, submittedAt: null } });
}

/**
 * Saving or submitting the manager review. Only the reviewer (admins do not write reviews; they
 * release and reopen), within the manager-review dates, while the cycle is open, the review not
 * released and the manager review not yet submitted. A submitted manager review is final.
 */
export function decideManagerEdit(input: ReviewActionInput, submit: boolean): ReviewDecision {
  const { cycle, review, actor, now } = input;
  if (actor.id !== review.reviewerId) {
    return forbidden('Only the reviewer can write the manager review.');
  }
  const frozen = frozenRefusal(input);
  if (frozen) return frozen;
  if (review.manager.submittedAt !== null) {
    const on = formatDay(review.manager.submittedAt);
    return conflict(`You submitted the manager review on ${on}; it can no longer be changed.`);
  }
  const late = windowRefusal(
    'manager-review',
    cycle.phases.managerReview,
    now,
    'ask an admin to extend it',
  );
  if (late) return late;
  const answers = input.answers ?? review.manager.answers;
  return allow({ manager: { answers, submittedAt: submit ? now.toISOString() : null } });
}
