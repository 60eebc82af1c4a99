import { Badge, Card, Link, Text } from '@fluentui/react-components';
import type { ReviewView } from '@northstar/shared';
import { hashOf } from '../../app/routes';
import { PHASE_LABELS, REVIEW_STATUS_LABELS, nextStepOf, reviewStatusOf } from './review-labels';
import { useReviewsStyles } from './Reviews.styles';

/** Reviews as cards: whose, which cycle, status, phase and the next step. */
export function ReviewList({
  label,
  reviews,
  nameOf,
  cycleNameOf,
}: {
  label: string;
  reviews: ReviewView[];
  nameOf: (personId: string) => string;
  cycleNameOf: (cycleId: string) => string;
}) {
  const styles = useReviewsStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {reviews.map((review) => (
        <li key={review.id}>
          <Card className={styles.card}>
            <Link href={hashOf({ screen: 'review', reviewId: review.id })}>
              {nameOf(review.revieweeId)} — {cycleNameOf(review.cycleId)}
            </Link>
            <div className={styles.row}>
              <Badge appearance="tint">{REVIEW_STATUS_LABELS[reviewStatusOf(review)]}</Badge>
              <Text size={200}>Phase: {PHASE_LABELS[review.phase]}</Text>
            </div>
            <Text size={200}>{nextStepOf(review)}</Text>
          </Card>
        </li>
      ))}
    </ul>
  );
}
