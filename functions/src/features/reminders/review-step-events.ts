import type { Review, ReviewCycle, ReminderEvent } from '@northstar/shared';
import { isReleased, reviewPhaseAt } from '@northstar/shared';
import type { DocumentStore } from '../../ports/document-store.js';
import { queryAll } from '../one-on-ones/series-service.js';

type StepEvent = Extract<ReminderEvent, { kind: 'review_step_due' }>;

function stepEvent(id: string, personId: string, step: string, dueDate: string): StepEvent {
  return { kind: 'review_step_due', id, personId, step, dueDate };
}

/** Each reviewee who has not submitted their self review: due at the end of its phase. */
function selfReviewSteps(cycle: ReviewCycle, reviews: readonly Review[]): StepEvent[] {
  const due = cycle.phases.selfReview.end;
  return reviews
    .filter((r) => r.self.submittedAt === null)
    .map((r) => stepEvent(`self-${r.id}`, r.revieweeId, `Your self review for ${cycle.name}`, due));
}

/** Each reviewer with a review still to submit: one reminder for all of their reviews. */
function managerReviewSteps(cycle: ReviewCycle, reviews: readonly Review[]): StepEvent[] {
  const due = cycle.phases.managerReview.end;
  const reviewers = new Set(
    reviews.filter((r) => r.manager.submittedAt === null).map((r) => r.reviewerId),
  );
  return [...reviewers].map((reviewerId) =>
    stepEvent(
      `manager-${cycle.id}-${reviewerId}`,
      reviewerId,
      `Writing your team’s reviews for ${cycle.name}`,
      due,
    ),
  );
}

/**
 * The review steps of one open cycle that someone still owes at `now`: each reviewee's self
 * review while the self review runs, each reviewer's manager reviews while the manager review
 * runs, and the acknowledgement of each released review. The planner announces each from a few
 * days before its date.
 */
export function cycleStepEvents(
  cycle: ReviewCycle,
  reviews: readonly Review[],
  now: Date,
): StepEvent[] {
  const phase = reviewPhaseAt(cycle, now);
  const acknowledgements = reviews
    .filter((r) => r.acknowledgedAt === null && isReleased(cycle, r, now))
    .map((r) =>
      stepEvent(
        `ack-${r.id}`,
        r.revieweeId,
        `Acknowledging your review for ${cycle.name}`,
        cycle.phases.acknowledgeBy,
      ),
    );
  return [
    ...(phase === 'self_review' ? selfReviewSteps(cycle, reviews) : []),
    ...(phase === 'manager_review' ? managerReviewSteps(cycle, reviews) : []),
    ...acknowledgements,
  ];
}

/** The review steps due in every open cycle of the tenant. */
export async function reviewStepEvents(
  documents: DocumentStore,
  tenantId: string,
  now: Date,
): Promise<StepEvent[]> {
  const cycles = documents.collection<ReviewCycle>('cycles');
  const reviews = documents.collection<Review>('reviews');
  const open = await queryAll((page) =>
    cycles.query(tenantId, { partition: '', where: { state: 'open' } }, page),
  );
  const perCycle = await Promise.all(
    open.map(async (cycle) => {
      const all = await queryAll((page) => reviews.query(tenantId, { partition: cycle.id }, page));
      return cycleStepEvents(cycle, all, now);
    }),
  );
  return perCycle.flat();
}
