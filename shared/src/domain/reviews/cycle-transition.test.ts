import type { CycleState } from '../../contracts/review-cycle.js';
import { decideCycleTransition } from './cycle-transition.js';

describe('decideCycleTransition', () => {
  it.each<[CycleState, 'open' | 'closed', string | null]>([
    ['draft', 'open', null],
    ['draft', 'closed', 'The review cycle "H2" was never opened, so there is nothing to close.'],
    ['open', 'open', 'The review cycle "H2" is already open.'],
    ['open', 'closed', null],
    ['closed', 'open', 'The review cycle "H2" is closed for good.'],
    ['closed', 'closed', 'The review cycle "H2" is closed for good.'],
  ])('%s -> %s', (state, to, reason) => {
    expect(decideCycleTransition({ name: 'H2', state }, to)).toEqual(
      reason === null ? { allowed: true } : { allowed: false, reason },
    );
  });
});
