import { goalsForReview } from './review-goals.js';

describe('goalsForReview', () => {
  it("keeps the reviewee's goals of the cycle's period, archived ones too, in order", () => {
    const goals = [
      { id: 'a', ownerId: 'ann', periodId: 'h2', state: 'active' },
      { id: 'b', ownerId: 'ann', periodId: 'h1', state: 'active' },
      { id: 'c', ownerId: 'bo', periodId: 'h2', state: 'active' },
      { id: 'd', ownerId: 'ann', periodId: 'h2', state: 'archived' },
    ];
    const kept = goalsForReview(goals, { revieweeId: 'ann' }, { periodId: 'h2' });
    expect(kept.map((g) => g.id)).toEqual(['a', 'd']);
  });
});
