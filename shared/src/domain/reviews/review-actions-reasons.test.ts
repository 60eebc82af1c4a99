import type { ReviewAction } from '../../contracts/review.js';
import { decideReviewAction } from './review-actions.js';
import type { ReviewActionInput, ReviewActor } from './review-decision.js';
import { people, submitted, testCycle, testReview } from './test-review.js';

const { ann, mia, hr } = people;
const fresh = testReview();
const selfDone = testReview({ self: submitted() });
const both = testReview({ self: submitted(), manager: submitted({}, '2026-11-20T12:00:00Z') });

/** An action on a review (fresh by default) of the open test cycle at `now`. */
function input(
  actor: ReviewActor,
  action: ReviewAction,
  now: string,
  review = fresh,
  cycle = testCycle(),
): ReviewActionInput {
  return { cycle, review, actor, action, now: new Date(now) };
}

describe('decideReviewAction: conflicts name the phase and its dates', () => {
  it.each<[string, ReviewActionInput]>([
    [
      'The self-review phase ended on 14 Nov 2026; ask your manager to reopen it.',
      input(ann, 'save_self', '2026-11-15T08:00Z'),
    ],
    ['The self-review phase opens on 1 Nov 2026.', input(ann, 'submit_self', '2026-10-31T23:59Z')],
    [
      'You submitted your self review on 10 Nov 2026; ask your manager to reopen it.',
      input(ann, 'save_self', '2026-11-12T08:00Z', selfDone),
    ],
    [
      'The manager-review phase ended on 28 Nov 2026; ask an admin to extend it.',
      input(mia, 'submit_manager', '2026-11-29T08:00Z', selfDone),
    ],
    [
      'The manager-review phase opens on 17 Nov 2026.',
      input(mia, 'save_manager', '2026-11-16T23:00Z'),
    ],
    [
      'You submitted the manager review on 20 Nov 2026; it can no longer be changed.',
      input(mia, 'save_manager', '2026-11-21T08:00Z', both),
    ],
    [
      'Your manager has already submitted their review, so the self review is locked.',
      input(ann, 'save_self', '2026-11-12T08:00Z', testReview({ manager: submitted() })),
    ],
    [
      'The review cycle "H2 2026" has not been opened yet.',
      input(ann, 'save_self', '2026-11-10T08:00Z', fresh, testCycle({ state: 'draft' })),
    ],
    [
      'The review cycle "H2 2026" is closed; its reviews can no longer change.',
      input(ann, 'acknowledge', '2026-12-10T08:00Z', both, testCycle({ state: 'closed' })),
    ],
    [
      'This review was released on 1 Dec 2026; it can no longer be changed.',
      input(mia, 'save_manager', '2026-12-02T08:00Z', both),
    ],
    [
      'This review will be released on 1 Dec 2026; you can acknowledge it then.',
      input(ann, 'acknowledge', '2026-11-30T23:59Z', both),
    ],
    [
      'This review has not been released yet: the manager review has not been submitted.',
      input(ann, 'acknowledge', '2026-12-02T08:00Z', selfDone),
    ],
    [
      'You acknowledged this review on 3 Dec 2026.',
      input(ann, 'acknowledge', '2026-12-04T08:00Z', {
        ...both,
        acknowledgedAt: '2026-12-03T10:00Z',
      }),
    ],
    [
      'This review was already released on 29 Nov 2026.',
      input(hr, 'release', '2026-11-30T08:00Z', { ...both, releasedAt: '2026-11-29T10:00Z' }),
    ],
    [
      'The manager review has not been submitted yet, so there is nothing to release.',
      input(hr, 'release', '2026-11-20T08:00Z', selfDone),
    ],
    [
      'The self review is still open until 14 Nov 2026; there is nothing to reopen.',
      input(mia, 'reopen_self', '2026-11-10T08:00Z'),
    ],
    [
      'The self-review phase opens on 1 Nov 2026; there is nothing to reopen yet.',
      input(hr, 'reopen_self', '2026-10-10T08:00Z'),
    ],
    [
      'The self review is already reopened and has not been submitted again.',
      input(mia, 'reopen_self', '2026-11-18T08:00Z', {
        ...fresh,
        selfReopenedAt: '2026-11-16T08:00Z',
      }),
    ],
    [
      'The manager review has been submitted, so the self review can no longer be reopened.',
      input(hr, 'reopen_self', '2026-11-25T08:00Z', both),
    ],
  ])('%s', (reason, given) => {
    expect(decideReviewAction(given)).toEqual({ allowed: false, code: 'conflict', reason });
  });
});

describe('decideReviewAction: forbidden names who may', () => {
  it.each<[string, ReviewActionInput]>([
    [
      'You cannot release your own review.',
      input(hr, 'release', '2026-11-29T08:00Z', { ...both, revieweeId: 'hr' }),
    ],
    [
      'You cannot reopen your own self review.',
      input(hr, 'reopen_self', '2026-11-20T08:00Z', { ...selfDone, revieweeId: 'hr' }),
    ],
    [
      'Only the reviewer can write the manager review.',
      input(hr, 'save_manager', '2026-11-20T08:00Z', selfDone),
    ],
    [
      'Only the person being reviewed can write the self review.',
      input(mia, 'save_self', '2026-11-10T08:00Z'),
    ],
    ['Only an admin can release a review.', input(mia, 'release', '2026-11-29T08:00Z', both)],
    [
      'Only the person being reviewed can acknowledge the review.',
      input(mia, 'acknowledge', '2026-12-02T08:00Z', both),
    ],
    [
      'Only the reviewer or an admin can reopen the self review.',
      input(people.sam, 'reopen_self', '2026-11-20T08:00Z', selfDone),
    ],
  ])('%s', (reason, given) => {
    expect(decideReviewAction(given)).toEqual({ allowed: false, code: 'forbidden', reason });
  });
});
