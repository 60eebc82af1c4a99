import type { Review, ReviewAction } from '../../contracts/review.js';
import { actionForSectionUpdate, decideReviewAction } from './review-actions.js';
import type { ReviewActor } from './review-decision.js';
import { people, submitted, testCycle, testReview } from './test-review.js';

const { ann, mia, hr } = people;
const answers = { impact: { rating: 4 } };
const selfDone = testReview({ self: submitted() });
const both = testReview({ self: submitted(), manager: submitted({}, '2026-11-20T12:00:00Z') });

describe('decideReviewAction: the changes it asks for', () => {
  it.each<[ReviewAction, Review, ReviewActor, string, Partial<Review>]>([
    [
      'save_self',
      testReview(),
      ann,
      '2026-11-10T12:00:00.000Z',
      { self: { answers, submittedAt: null } },
    ],
    [
      'submit_self',
      testReview(),
      ann,
      '2026-11-10T12:00:00.000Z',
      { self: { answers, submittedAt: '2026-11-10T12:00:00.000Z' }, selfReopenedAt: null },
    ],
    [
      'save_manager',
      selfDone,
      mia,
      '2026-11-20T12:00:00.000Z',
      { manager: { answers, submittedAt: null } },
    ],
    [
      'submit_manager',
      selfDone,
      mia,
      '2026-11-20T12:00:00.000Z',
      { manager: { answers, submittedAt: '2026-11-20T12:00:00.000Z' } },
    ],
    ['release', both, hr, '2026-11-29T10:00:00.000Z', { releasedAt: '2026-11-29T10:00:00.000Z' }],
    [
      'acknowledge',
      both,
      ann,
      '2026-12-02T10:00:00.000Z',
      { acknowledgedAt: '2026-12-02T10:00:00.000Z' },
    ],
    [
      'reopen_self',
      testReview({ self: submitted(answers) }),
      mia,
      '2026-11-20T10:00:00.000Z',
      { self: { answers, submittedAt: null }, selfReopenedAt: '2026-11-20T10:00:00.000Z' },
    ],
  ])('%s', (action, review, actor, now, next) => {
    const cycle = testCycle();
    const decision = decideReviewAction({
      cycle,
      review,
      actor,
      action,
      now: new Date(now),
      answers,
    });
    expect(decision).toEqual({ allowed: true, next });
  });

  it('a save without answers keeps the ones stored', () => {
    const review = testReview({ self: { answers, submittedAt: null } });
    const now = new Date('2026-11-10T12:00Z');
    const decision = decideReviewAction({
      cycle: testCycle(),
      review,
      actor: ann,
      action: 'save_self',
      now,
    });
    expect(decision).toEqual({ allowed: true, next: { self: { answers, submittedAt: null } } });
  });
});

describe('actionForSectionUpdate', () => {
  it.each([
    ['self', undefined, 'save_self'],
    ['self', false, 'save_self'],
    ['self', true, 'submit_self'],
    ['manager', undefined, 'save_manager'],
    ['manager', false, 'save_manager'],
    ['manager', true, 'submit_manager'],
  ] as const)('%s, submit %s: %s', (section, submit, action) => {
    expect(actionForSectionUpdate({ section, submit })).toBe(action);
  });
});
