import type { Review, ReviewAction } from '../../contracts/review.js';
import { decideReviewAction } from './review-actions.js';
import { people, submitted, testCycle, testReview } from './test-review.js';

const selfDone = testReview({ self: submitted() });
const both = testReview({ self: submitted(), manager: submitted({}, '2026-11-20T12:00:00Z') });
const CLOSED = 'The review cycle "H2 2026" is closed; its reviews can no longer change.';

/**
 * Every action at a moment when the open cycle allows it to that person: closing the cycle turns
 * each of them into a 409 that says so, whatever the phase dates would allow.
 */
const allowedWhileOpen: [ReviewAction, keyof typeof people, string, Review][] = [
  ['save_self', 'ann', '2026-11-10T12:00Z', testReview()],
  ['submit_self', 'ann', '2026-11-10T12:00Z', testReview()],
  ['save_manager', 'mia', '2026-11-20T12:00Z', selfDone],
  ['submit_manager', 'mia', '2026-11-20T12:00Z', selfDone],
  ['release', 'hr', '2026-11-29T12:00Z', both],
  ['acknowledge', 'ann', '2026-12-03T12:00Z', both],
  ['reopen_self', 'mia', '2026-11-20T12:00Z', selfDone],
  ['reopen_self', 'hr', '2026-11-20T12:00Z', selfDone],
];

describe('decideReviewAction once the cycle is closed', () => {
  it.each(allowedWhileOpen)('%s by %s at %s: allowed while open', (action, who, now, review) => {
    const input = { cycle: testCycle(), review, actor: people[who], action, now: new Date(now) };
    expect(decideReviewAction(input).allowed).toBe(true);
  });

  it.each(allowedWhileOpen)('%s by %s at %s: 409 once closed', (action, who, now, review) => {
    const cycle = testCycle({ state: 'closed' });
    const input = { cycle, review, actor: people[who], action, now: new Date(now) };
    expect(decideReviewAction(input)).toEqual({
      allowed: false,
      code: 'conflict',
      reason: CLOSED,
    });
  });
});
