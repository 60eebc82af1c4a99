import { Badge, Card, Link, Text, mergeClasses } from '@fluentui/react-components';
import type { ReviewView } from '@northstar/shared';
import { hashOf } from '../../app/routes';
import {
  PHASE_LABELS,
  REVIEW_STATUS_LABELS,
  SECTION_STATUS_LABELS,
  nextStepOf,
  releaseLabelOf,
  reviewStatusOf,
  sectionStatusOf,
} from './review-labels';
import { useReviewsStyles } from './Reviews.styles';

/** Reviews as cards: whose, which cycle, where each section stands, and the next step. */
export function ReviewList({
  label,
  reviews,
  nameOf,
  cycleNameOf,
}: {
  label: string;
  reviews: ReviewView[];
  nameOf: (personId: string) => string;
  /** Names the cycle in each link; left out where the list is of one cycle. */
  cycleNameOf?: (cycleId: string) => string;
}) {
  const styles = useReviewsStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {reviews.map((review) => (
        <li key={review.id}>
          <Card className={styles.card}>
            <Link href={hashOf({ screen: 'review', reviewId: review.id })}>
              {nameOf(review.revieweeId)}
              {cycleNameOf ? ` — ${cycleNameOf(review.cycleId)}` : ''}
            </Link>
            <div className={styles.row}>
              <Badge appearance="tint">{REVIEW_STATUS_LABELS[reviewStatusOf(review)]}</Badge>
              <Text size={200}>Phase: {PHASE_LABELS[review.phase]}</Text>
            </div>
            <dl className={mergeClasses(styles.facts, styles.small)}>
              <dt>Self review</dt>
              <dd>{SECTION_STATUS_LABELS[sectionStatusOf(review, 'self')]}</dd>
              <dt>Manager review</dt>
              <dd>{SECTION_STATUS_LABELS[sectionStatusOf(review, 'manager')]}</dd>
              <dt>Release</dt>
              <dd>{releaseLabelOf(review)}</dd>
            </dl>
            <Text size={200}>{nextStepOf(review)}</Text>
          </Card>
        </li>
      ))}
    </ul>
  );
}
