import { Text } from '@fluentui/react-components';
import type { ReviewCycle, ReviewView } from '@northstar/shared';
import { REVIEW_STATUS_LABELS, countByStatus, type ReviewStatus } from './review-labels';
import { ReviewList } from './ReviewList';
import { useReviewsStyles } from './Reviews.styles';

/** The reviews a manager writes, one group per cycle (in the order given) with a summary. */
export function TeamReviews({
  reviews,
  cycles,
  nameOf,
}: {
  reviews: ReviewView[];
  cycles: ReviewCycle[];
  nameOf: (personId: string) => string;
}) {
  const styles = useReviewsStyles();
  const cycleIds = [...new Set(reviews.map((r) => r.cycleId))];
  return (
    <>
      {cycleIds.map((cycleId) => {
        const name = cycles.find((c) => c.id === cycleId)?.name ?? cycleId;
        const group = reviews.filter((r) => r.cycleId === cycleId);
        return (
          <section key={cycleId} className={styles.section} aria-label={name}>
            <h3 className={styles.subheading}>{name}</h3>
            <Text>{summaryOf(group)}</Text>
            <ReviewList label={`My team's reviews in ${name}`} reviews={group} nameOf={nameOf} />
          </section>
        );
      })}
    </>
  );
}

/** "3 reviews: Not started 1, Self submitted 2" (statuses with none left out). */
function summaryOf(reviews: ReviewView[]): string {
  const counts = countByStatus(reviews);
  const parts = (Object.keys(counts) as ReviewStatus[])
    .filter((status) => counts[status] > 0)
    .map((status) => `${REVIEW_STATUS_LABELS[status]} ${String(counts[status])}`);
  const noun = reviews.length === 1 ? 'review' : 'reviews';
  return `${String(reviews.length)} ${noun}: ${parts.join(', ')}`;
}
