import {
  reviewsToCreate,
  type CyclePerson,
  type Review,
  type ReviewCycle,
  type SkippedReviewee,
} from '@northstar/shared';
import type { DocumentCollection } from '../../ports/document-store.js';
import { isDomainError } from '../../ports/errors.js';
import { hashedId } from '../stable-id.js';

/** A review about to be stored. */
export type NewReview = Omit<Review, 'etag'>;

/**
 * The reviews opening `cycle` creates (see `reviewsToCreate`), as documents stamped `now`, and
 * who is skipped. The id is derived from cycle and reviewee, so two opens racing (or an open
 * after the demo seed) never create two reviews for one person.
 */
export function plannedReviews(
  cycle: Pick<ReviewCycle, 'id' | 'tenantId' | 'scope'>,
  people: readonly CyclePerson[],
  existing: readonly Pick<Review, 'cycleId' | 'revieweeId'>[],
  now: string,
): { reviews: NewReview[]; skipped: SkippedReviewee[] } {
  const plan = reviewsToCreate(cycle, people, existing);
  const reviews = plan.toCreate.map(({ revieweeId, reviewerId }) => ({
    id: hashedId('r', cycle.id, revieweeId),
    tenantId: cycle.tenantId,
    cycleId: cycle.id,
    revieweeId,
    reviewerId,
    self: { answers: {}, submittedAt: null },
    manager: { answers: {}, submittedAt: null },
    releasedAt: null,
    acknowledgedAt: null,
    selfReopenedAt: null,
    createdAt: now,
    updatedAt: now,
  }));
  return { reviews, skipped: plan.skipped };
}

/** How many creates run at once: enough to hide a store's round trip, few enough to not throttle. */
const PARALLEL_CREATES = 16;

/**
 * Stores `reviews`, a few at a time; a review that already exists (a racing open) is left as it
 * is. Any other failure stops before the next batch, and running the open again repairs it.
 */
export async function createReviews(
  collection: DocumentCollection<Review>,
  reviews: readonly NewReview[],
): Promise<void> {
  for (let start = 0; start < reviews.length; start += PARALLEL_CREATES) {
    const batch = reviews.slice(start, start + PARALLEL_CREATES);
    await Promise.all(
      batch.map((review) =>
        collection.create(review).catch((error: unknown) => {
          if (!(isDomainError(error) && error.code === 'conflict')) throw error;
        }),
      ),
    );
  }
}
