import type { CycleTransition, ReviewCycle } from '../../contracts/review-cycle.js';

/**
 * Whether an admin may move `cycle` to `to`: a draft opens (the caller then creates the reviews
 * with `reviewsToCreate`), an open cycle closes, and nothing else; a closed cycle stays closed.
 */
export function decideCycleTransition(
  cycle: Pick<ReviewCycle, 'name' | 'state'>,
  to: CycleTransition['state'],
): { allowed: true } | { allowed: false; reason: string } {
  const name = `The review cycle "${cycle.name}"`;
  if (cycle.state === 'closed') return { allowed: false, reason: `${name} is closed for good.` };
  if (cycle.state === to) return { allowed: false, reason: `${name} is already ${to}.` };
  if (cycle.state === 'draft' && to === 'closed') {
    return { allowed: false, reason: `${name} was never opened, so there is nothing to close.` };
  }
  return { allowed: true };
}
