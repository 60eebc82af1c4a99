import type { ReviewTemplate } from '../../contracts/review-cycle.js';
import type {
  DepartmentCompletion,
  ManagerRatingDistribution,
  Review,
} from '../../contracts/review.js';

/** The department of a reviewee no longer in the directory. */
export const UNKNOWN_DEPARTMENT = 'Unknown';

/**
 * Per department of the reviewee (as the directory has it now), how many reviews there are and
 * how many have a submitted self review, a submitted manager review, an acknowledgement. Sorted
 * by department name; departments without reviews are left out.
 */
export function completionByDepartment(
  reviews: readonly Pick<Review, 'revieweeId' | 'self' | 'manager' | 'acknowledgedAt'>[],
  people: readonly { id: string; department: string }[],
): DepartmentCompletion[] {
  const departmentOf = new Map(people.map((p) => [p.id, p.department]));
  const rows = new Map<string, DepartmentCompletion>();
  for (const review of reviews) {
    const department = departmentOf.get(review.revieweeId) ?? UNKNOWN_DEPARTMENT;
    const row: DepartmentCompletion = rows.get(department) ?? {
      department,
      total: 0,
      selfSubmitted: 0,
      managerSubmitted: 0,
      acknowledged: 0,
    };
    row.total += 1;
    if (review.self.submittedAt !== null) row.selfSubmitted += 1;
    if (review.manager.submittedAt !== null) row.managerSubmitted += 1;
    if (review.acknowledgedAt !== null) row.acknowledged += 1;
    rows.set(department, row);
  }
  return [...rows.values()].sort((a, b) => a.department.localeCompare(b.department));
}

/**
 * Per reviewer, how often they gave each rating in their submitted manager reviews, for every
 * rating question of `template` (in template order; `counts[0]` is rating 1). Drafts do not
 * count, nor ratings for questions the template does not rate. Sorted by reviewer id.
 */
export function ratingDistributionByManager(
  reviews: readonly Pick<Review, 'reviewerId' | 'manager'>[],
  template: ReviewTemplate,
): ManagerRatingDistribution[] {
  const ratingIds = template.questions.filter((q) => q.kind === 'rating').map((q) => q.id);
  const rows = new Map<string, ManagerRatingDistribution>();
  for (const review of reviews) {
    if (review.manager.submittedAt === null) continue;
    const row: ManagerRatingDistribution = rows.get(review.reviewerId) ?? {
      reviewerId: review.reviewerId,
      reviews: 0,
      questions: ratingIds.map((questionId) => ({ questionId, counts: [0, 0, 0, 0, 0] })),
    };
    row.reviews += 1;
    for (const question of row.questions) {
      const rating = review.manager.answers[question.questionId]?.rating;
      const index = rating === undefined ? -1 : rating - 1;
      if (index >= 0 && index < 5) question.counts[index] = (question.counts[index] ?? 0) + 1;
    }
    rows.set(review.reviewerId, row);
  }
  return [...rows.values()].sort((a, b) => a.reviewerId.localeCompare(b.reviewerId));
}
