import { Badge, Card, Link, Text } from '@fluentui/react-components';
import type { ReviewCycle } from '@northstar/shared';
import { hashOf } from '../../app/routes';
import { formatDate, periodLabel } from '../../components/format';
import { CreateCycleForm } from './CreateCycleForm';
import { CYCLE_STATE_LABELS, scopeLabel } from './review-labels';
import { useReviewsStyles } from './Reviews.styles';

/** Admins: every cycle, each a link to its page (open, close, edit, progress), and a new one. */
export function CyclesAdmin({
  cycles,
  onChanged,
}: {
  cycles: ReviewCycle[];
  onChanged: () => void;
}) {
  const styles = useReviewsStyles();
  const newestFirst = [...cycles].sort((a, b) =>
    b.phases.selfReview.start.localeCompare(a.phases.selfReview.start),
  );
  return (
    <section className={styles.section} aria-labelledby="cycles">
      <h2 id="cycles" className={styles.heading}>
        Cycles
      </h2>
      {cycles.length === 0 && <Text>No review cycles yet. Create the first one below.</Text>}
      <ul className={styles.list} aria-label="Cycles">
        {newestFirst.map((cycle) => (
          <li key={cycle.id}>
            <Card className={styles.card}>
              <Link href={hashOf({ screen: 'reviews', cycleId: cycle.id })}>{cycle.name}</Link>
              <div className={styles.row}>
                <Badge appearance="tint">{CYCLE_STATE_LABELS[cycle.state]}</Badge>
                <Text size={200}>
                  {periodLabel(cycle.periodId)} · {scopeLabel(cycle.scope)}
                </Text>
              </div>
              <Text size={200}>
                Self review from {formatDate(cycle.phases.selfReview.start)}, release on{' '}
                {formatDate(cycle.phases.release)}
              </Text>
            </Card>
          </li>
        ))}
      </ul>
      <CreateCycleForm onCreated={onChanged} />
    </section>
  );
}
