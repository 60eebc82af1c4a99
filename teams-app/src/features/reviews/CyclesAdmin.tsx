import { Badge, Button, Card, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { ReviewCycle, ReviewView } from '@northstar/shared';
import { useState } from 'react';
import { messageOf } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { formatDate, periodLabel } from '../../components/format';
import { CreateCycleForm } from './CreateCycleForm';
import { REVIEW_STATUS_LABELS, countByStatus, type ReviewStatus } from './review-labels';
import { useReviewsStyles } from './Reviews.styles';

type Notice = { intent: 'success' | 'error'; text: string } | null;

/** Admins: every cycle with its completion, opening drafts, and creating new ones. */
export function CyclesAdmin({
  cycles,
  reviews,
  onChanged,
}: {
  cycles: ReviewCycle[];
  reviews: ReviewView[];
  onChanged: () => void;
}) {
  const styles = useReviewsStyles();
  const { api } = useApp();
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const open = async (cycle: ReviewCycle) => {
    setBusy(cycle.id);
    try {
      const result = await api.openCycle(cycle.id, cycle.etag);
      const skipped = result.skipped.length;
      const text = `Opened ${cycle.name}: ${String(result.created)} reviews created, ${String(skipped)} people skipped.`;
      setNotice({ intent: 'success', text });
      onChanged();
    } catch (error) {
      setNotice({ intent: 'error', text: messageOf(error) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className={styles.section} aria-labelledby="cycles">
      <h2 id="cycles" className={styles.heading}>
        Cycles
      </h2>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {cycles.length === 0 && <Text>No review cycles yet. Create the first one below.</Text>}
      <ul className={styles.list} aria-label="Cycles">
        {cycles.map((cycle) => (
          <li key={cycle.id}>
            <Card className={styles.card}>
              <Text weight="semibold">{cycle.name}</Text>
              <div className={styles.row}>
                <Badge appearance="tint">{cycle.state}</Badge>
                <Text size={200}>
                  {periodLabel(cycle.periodId)} · self review from{' '}
                  {formatDate(cycle.phases.selfReview.start)}
                </Text>
              </div>
              <Completion reviews={reviews.filter((r) => r.cycleId === cycle.id)} />
              {cycle.state === 'draft' && (
                <Button disabled={busy === cycle.id} onClick={() => void open(cycle)}>
                  Open cycle {cycle.name}
                </Button>
              )}
            </Card>
          </li>
        ))}
      </ul>
      <CreateCycleForm onCreated={onChanged} />
    </section>
  );
}

function Completion({ reviews }: { reviews: ReviewView[] }) {
  const counts = countByStatus(reviews);
  const statuses = Object.keys(counts) as ReviewStatus[];
  return (
    <Text size={200}>
      {String(reviews.length)} reviews:{' '}
      {statuses.map((s) => `${REVIEW_STATUS_LABELS[s]} ${String(counts[s])}`).join(', ')}
    </Text>
  );
}
