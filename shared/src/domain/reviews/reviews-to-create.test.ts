import type { CycleScope } from '../../contracts/review-cycle.js';
import { reviewsToCreate, SKIP_REASON_TEXT, type CyclePerson } from './reviews-to-create.js';

// Cleo is the CEO; Mia (Engineering) and Raj (Sales) report to her; Ann and Bo report to Mia.
const people: CyclePerson[] = [
  { id: 'cleo', department: 'Executive', managerId: null },
  { id: 'mia', department: 'Engineering', managerId: 'cleo' },
  { id: 'raj', department: 'Sales', managerId: 'cleo' },
  { id: 'ann', department: 'Engineering', managerId: 'mia' },
  { id: 'bo', department: 'Engineering', managerId: 'mia' },
  { id: 'odd', department: 'Sales', managerId: 'odd' },
];
const cycle = (scope: CycleScope) => ({ id: 'c1', scope });
const existing = (...ids: string[]) => ids.map((revieweeId) => ({ cycleId: 'c1', revieweeId }));

describe('reviewsToCreate', () => {
  it('the whole tenant: everyone with a manager, reviewed by that manager', () => {
    expect(reviewsToCreate(cycle({ kind: 'tenant' }), people, [])).toEqual({
      toCreate: [
        { revieweeId: 'mia', reviewerId: 'cleo' },
        { revieweeId: 'raj', reviewerId: 'cleo' },
        { revieweeId: 'ann', reviewerId: 'mia' },
        { revieweeId: 'bo', reviewerId: 'mia' },
      ],
      skipped: [
        { personId: 'cleo', reason: 'no_manager' },
        { personId: 'odd', reason: 'own_manager' },
      ],
    });
  });

  it.each<[string[], string[]]>([
    [['Engineering'], ['mia', 'ann', 'bo']],
    [['Sales'], ['raj']],
    [['Executive'], []],
    [
      ['Engineering', 'Sales'],
      ['mia', 'raj', 'ann', 'bo'],
    ],
    [['engineering'], []],
  ])(
    'departments %j: reviews for %j (managers outside the scope still review)',
    (departments, ids) => {
      const { toCreate } = reviewsToCreate(cycle({ kind: 'departments', departments }), people, []);
      expect(toCreate.map((r) => r.revieweeId)).toEqual(ids);
    },
  );

  it('is idempotent: a second run creates only who is missing', () => {
    const first = reviewsToCreate(cycle({ kind: 'tenant' }), people, existing('mia', 'ann'));
    expect(first.toCreate.map((r) => r.revieweeId)).toEqual(['raj', 'bo']);
    expect(first.skipped).toContainEqual({ personId: 'ann', reason: 'has_review' });
    const all = existing('mia', 'ann', 'raj', 'bo');
    expect(reviewsToCreate(cycle({ kind: 'tenant' }), people, all).toCreate).toEqual([]);
  });

  it('ignores reviews of other cycles and people listed twice', () => {
    const other = [{ cycleId: 'c0', revieweeId: 'ann' }];
    const twice = [...people, { id: 'ann', department: 'Engineering', managerId: 'mia' }];
    const { toCreate } = reviewsToCreate(cycle({ kind: 'tenant' }), twice, other);
    expect(toCreate.filter((r) => r.revieweeId === 'ann')).toHaveLength(1);
  });

  it('has words for every skip reason', () => {
    expect(Object.values(SKIP_REASON_TEXT).every((t) => t.length > 0)).toBe(true);
  });
});
