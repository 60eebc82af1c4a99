import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReviewCycle } from '@northstar/shared';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { CycleEditForm } from './CycleEditForm';
import { CycleFacts } from './CycleFacts';
import { CycleReport } from './CycleReport';
import { CycleStateActions } from './CycleStateActions';
import { useReviewsStyles } from './Reviews.styles';
import { SkippedList } from './SkippedList';
import { useCycleDetail } from './use-cycle-detail';

const BACK = <Link href={hashOf({ screen: 'reviews' })}>Back to reviews</Link>;

/** An admin's page for one cycle: its facts, open or close it, edit it, and its progress. */
export function CycleDetail({ cycleId }: { cycleId: string }) {
  const { me } = useApp();
  if (!me.roles.includes('admin'))
    return (
      <EmptyState title="Only admins manage review cycles" action={BACK}>
        Your own reviews and your team&apos;s are on the Reviews page.
      </EmptyState>
    );
  return <AdminCycle cycleId={cycleId} />;
}

function AdminCycle({ cycleId }: { cycleId: string }) {
  const styles = useReviewsStyles();
  const detail = useCycleDetail(cycleId);
  const { state, reload } = detail.resource;
  const banner = detail.notice && (
    <MessageBar intent={detail.notice.intent}>
      <MessageBarBody>{detail.notice.text}</MessageBarBody>
    </MessageBar>
  );
  if (state.status === 'loading') return <LoadingState label="Loading the cycle" />;
  if (state.status === 'error')
    return (
      <div className={styles.screen}>
        {BACK}
        {banner}
        <ErrorState title="We could not load this cycle" error={state.error} onRetry={reload} />
      </div>
    );
  const cycle: ReviewCycle = state.data;
  return (
    <div className={styles.screen}>
      {BACK}
      <h1 className={styles.heading}>{cycle.name}</h1>
      <CycleFacts cycle={cycle} />
      {banner}
      <SkippedList skipped={detail.skipped} />
      <CycleStateActions
        cycle={cycle}
        busy={detail.busy}
        onOpen={() => detail.open(cycle)}
        onClose={() => detail.close(cycle)}
      />
      <CycleReport key={`report-${cycle.etag}`} cycle={cycle} />
      {cycle.state !== 'closed' && (
        <CycleEditForm
          key={`edit-${cycle.etag}`}
          cycle={cycle}
          busy={detail.busy}
          serverErrors={detail.fieldErrors}
          onSave={(patch) => detail.save(cycle, patch)}
        />
      )}
    </div>
  );
}
