import {
  completionByDepartment,
  isReleased,
  ratingDistributionByManager,
  type CycleReport,
  type Review,
} from '@northstar/shared';
import type { Caller } from '../access/caller.js';
import { loadCycleForAdmin } from './cycle-service.js';
import type { ReviewDeps } from './review-deps.js';
import { everyoneFromTheTop, listAllReviews } from './review-store.js';

/**
 * The department of every reviewee, as the directory has it now: one walk of the org chart (as
 * opening a cycle does), then a point read for anyone it did not reach. Someone no longer in the
 * directory is left out, so the report counts them under `UNKNOWN_DEPARTMENT`.
 */
async function revieweeDepartments(
  deps: ReviewDeps,
  caller: Caller,
  reviews: readonly Review[],
): Promise<{ id: string; department: string }[]> {
  const people = await everyoneFromTheTop(deps.directory, caller);
  const reached = new Set(people.map((p) => p.id));
  const missing = [...new Set(reviews.map((r) => r.revieweeId))].filter((id) => !reached.has(id));
  const found = await Promise.all(
    missing.map((id) => deps.directory.getPerson(caller.tenantId, id)),
  );
  return [...people, ...found.filter((p) => p !== null)];
}

/**
 * `GET /api/cycles/{id}/report` (admins): completion per department and the rating distribution
 * per manager, over every review of the cycle (all pages).
 */
export async function cycleReport(
  deps: ReviewDeps,
  caller: Caller,
  id: string,
): Promise<CycleReport> {
  const cycle = await loadCycleForAdmin(deps, caller, id, 'see the report of a review cycle');
  const reviews = await listAllReviews(deps, caller.tenantId, cycle.id);
  const people = await revieweeDepartments(deps, caller, reviews);
  // An admin is also a reviewee: their own rating stays out of the counts until it is released,
  // or the distribution would show it before the review does.
  const now = deps.clock.now();
  const rated = reviews.filter(
    (r) => r.revieweeId !== caller.person.id || isReleased(cycle, r, now),
  );
  return {
    cycleId: cycle.id,
    completion: completionByDepartment(reviews, people),
    ratings: ratingDistributionByManager(rated, cycle.template),
  };
}
