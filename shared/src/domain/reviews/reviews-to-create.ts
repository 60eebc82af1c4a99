import type { CycleSkipReason, ReviewCycle } from '../../contracts/review-cycle.js';
import type { Review } from '../../contracts/review.js';

/** What opening a cycle reads of a person (the whole directory, so managers outside scope count). */
export interface CyclePerson {
  id: string;
  department: string;
  managerId: string | null;
}

/** One review to create: the reviewer is the reviewee's manager at this moment. */
export interface ReviewToCreate {
  revieweeId: string;
  reviewerId: string;
}

/** Someone in scope who gets no new review, and why. */
export interface SkippedReviewee {
  personId: string;
  reason: CycleSkipReason;
}

/** Plain words for each skip reason, as shown to admins. */
export const SKIP_REASON_TEXT: Record<CycleSkipReason, string> = {
  no_manager: 'has no manager to write their review',
  own_manager: 'is listed as their own manager',
  has_review: 'already has a review in this cycle',
};

/** Whether `person` is in the cycle's scope: everyone, or an exact department name. */
function inScope(cycle: Pick<ReviewCycle, 'scope'>, person: CyclePerson): boolean {
  switch (cycle.scope.kind) {
    case 'tenant':
      return true;
    case 'departments':
      return cycle.scope.departments.includes(person.department);
  }
}

/**
 * The reviews opening `cycle` creates: one per person in scope, reviewed by their manager now.
 * Skipped, with a reason: anyone without a manager (the CEO), anyone listed as their own manager,
 * and anyone who already has a review in this cycle, so running it again creates only what is
 * missing (people who joined since). A person listed twice counts once. In `people` order.
 */
export function reviewsToCreate(
  cycle: Pick<ReviewCycle, 'id' | 'scope'>,
  people: readonly CyclePerson[],
  existing: readonly Pick<Review, 'cycleId' | 'revieweeId'>[],
): { toCreate: ReviewToCreate[]; skipped: SkippedReviewee[] } {
  const reviewed = new Set(existing.filter((r) => r.cycleId === cycle.id).map((r) => r.revieweeId));
  const listed = new Set<string>();
  const toCreate: ReviewToCreate[] = [];
  const skipped: SkippedReviewee[] = [];
  for (const person of people) {
    if (!inScope(cycle, person) || listed.has(person.id)) continue;
    listed.add(person.id);
    const plan = planFor(person, reviewed);
    if ('reason' in plan) skipped.push(plan);
    else toCreate.push(plan);
  }
  return { toCreate, skipped };
}

/** The review to create for `person`, or why there is none. */
function planFor(
  person: CyclePerson,
  reviewed: ReadonlySet<string>,
): ReviewToCreate | SkippedReviewee {
  const skip = (reason: CycleSkipReason) => ({ personId: person.id, reason });
  if (reviewed.has(person.id)) return skip('has_review');
  if (person.managerId === null) return skip('no_manager');
  if (person.managerId === person.id) return skip('own_manager');
  return { revieweeId: person.id, reviewerId: person.managerId };
}
