import type { ReviewAction } from '../../contracts/review.js';
import { decideReviewAction } from './review-actions.js';
import type { ReviewActionInput, ReviewActor } from './review-decision.js';
import { reviewPhaseAt } from './review-phase.js';
import { people, submitted, testCycle, testReview } from './test-review.js';

const { ann, mia, hr } = people;
const fresh = testReview();
const selfDone = testReview({ self: submitted() });
const both = testReview({ self: submitted(), manager: submitted({}, '2026-11-20T12:00:00Z') });

function input(
  actor: ReviewActor,
  action: ReviewAction,
  now: string,
  review = fresh,
  cycle = testCycle(),
): ReviewActionInput {
  return { cycle, review, actor, action, now: new Date(now) };
}

describe('decideReviewAction: allowed off the main path', () => {
  it.each<[string, ReviewActionInput]>([
    ['the last ms of the self review (UTC)', input(ann, 'save_self', '2026-11-14T23:59:59.999Z')],
    [
      'a +14:00 morning, still the 14th in UTC',
      input(ann, 'submit_self', '2026-11-15T09:00+14:00'),
    ],
    [
      'a reopened self review after its phase',
      input(ann, 'submit_self', '2026-11-20T08:00Z', {
        ...fresh,
        selfReopenedAt: '2026-11-18T08:00Z',
      }),
    ],
    ['a reopen of a late, unsubmitted self review', input(mia, 'reopen_self', '2026-11-18T08:00Z')],
    [
      'an admin reopening a submitted self review',
      input(hr, 'reopen_self', '2026-11-12T08:00Z', selfDone),
    ],
    ['an early release in the manager phase', input(hr, 'release', '2026-11-21T08:00Z', both)],
    [
      'an acknowledgement after an early release',
      input(ann, 'acknowledge', '2026-11-22T08:00Z', { ...both, releasedAt: '2026-11-21T08:00Z' }),
    ],
    ['a late acknowledgement', input(ann, 'acknowledge', '2026-12-20T08:00Z', both)],
    [
      'a reviewer who has left the chain',
      input({ ...mia, chainOfReviewee: ['kim'] }, 'save_manager', '2026-11-20T08:00Z', selfDone),
    ],
    [
      'an admin who is the reviewer',
      input({ ...mia, isAdmin: true }, 'submit_manager', '2026-11-20T08:00Z', selfDone),
    ],
  ])('%s', (_name, given) => {
    expect(decideReviewAction(given)).toMatchObject({ allowed: true });
  });
});

describe('decideReviewAction: the edges of the phases', () => {
  const touching = testCycle({
    phases: { ...testCycle().phases, selfReview: { start: '2026-11-01', end: '2026-11-17' } },
  });
  it.each<[ReviewActor, ReviewAction]>([
    [ann, 'save_self'],
    [mia, 'save_manager'],
  ])('a day that ends one phase and starts the next: %o may %s', (actor, action) => {
    const given = input(actor, action, '2026-11-17T12:00Z', fresh, touching);
    expect(reviewPhaseAt(touching, given.now)).toBe('manager_review');
    expect(decideReviewAction(given)).toMatchObject({ allowed: true });
  });

  it.each<[ReviewActor, ReviewAction]>([
    [ann, 'save_self'],
    [mia, 'save_manager'],
  ])('a day between the phases: %o may not %s', (actor, action) => {
    const given = input(actor, action, '2026-11-15T12:00Z');
    expect(reviewPhaseAt(given.cycle, given.now)).toBe('self_review');
    expect(decideReviewAction(given)).toMatchObject({ allowed: false, code: 'conflict' });
  });
});
