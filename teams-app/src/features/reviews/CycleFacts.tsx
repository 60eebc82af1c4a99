import { Badge } from '@fluentui/react-components';
import type { ReviewCycle } from '@northstar/shared';
import { formatDate, periodLabel } from '../../components/format';
import { CYCLE_STATE_LABELS, scopeLabel } from './review-labels';
import { useReviewsStyles } from './Reviews.styles';

/** A cycle's facts: state, period, who it reviews and its phase dates. */
export function CycleFacts({ cycle }: { cycle: ReviewCycle }) {
  const styles = useReviewsStyles();
  const { selfReview, managerReview, release, acknowledgeBy } = cycle.phases;
  const range = (w: { start: string; end: string }) =>
    `${formatDate(w.start)} – ${formatDate(w.end)}`;
  return (
    <dl className={styles.facts}>
      <dt>State</dt>
      <dd>
        <Badge appearance="tint">{CYCLE_STATE_LABELS[cycle.state]}</Badge>
      </dd>
      <dt>Period</dt>
      <dd>{periodLabel(cycle.periodId)}</dd>
      <dt>Who</dt>
      <dd>{scopeLabel(cycle.scope)}</dd>
      <dt>Self review</dt>
      <dd>{range(selfReview)}</dd>
      <dt>Manager review</dt>
      <dd>{range(managerReview)}</dd>
      <dt>Release</dt>
      <dd>{formatDate(release)}</dd>
      <dt>Acknowledge by</dt>
      <dd>{formatDate(acknowledgeBy)}</dd>
    </dl>
  );
}
