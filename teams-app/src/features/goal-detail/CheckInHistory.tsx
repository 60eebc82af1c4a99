import { Subtitle1, Text, useId } from '@fluentui/react-components';
import type { CheckIn, GoalView } from '@northstar/shared';
import { Suspense, lazy, useMemo } from 'react';
import type { Resource } from '../../app/use-resource';
import { ErrorState, LoadingState } from '../../components/ScreenStates';
import { checkInSeries } from './check-in-series';
import { CheckInTable } from './CheckInTable';
import { useGoalDetailStyles } from './GoalDetail.styles';

// The chart library is big; only people who open a goal with check-ins download it.
const CheckInCharts = lazy(() =>
  import('./CheckInCharts').then((m) => ({ default: m.CheckInCharts })),
);

const TABLE_NAME = 'Check-ins as a table';

/** The check-in history: charts of value and confidence over time, and the same as a table. */
export function CheckInHistory({
  goal,
  checkIns,
  onRetry,
}: {
  goal: GoalView;
  checkIns: Resource<CheckIn[]>;
  onRetry: () => void;
}) {
  const styles = useGoalDetailStyles();
  const headingId = useId('history-');
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Subtitle1 as="h2" id={headingId} className={styles.sectionTitle}>
        Check-in history
      </Subtitle1>
      <HistoryBody goal={goal} checkIns={checkIns} onRetry={onRetry} />
    </section>
  );
}

function HistoryBody({
  goal,
  checkIns,
  onRetry,
}: {
  goal: GoalView;
  checkIns: Resource<CheckIn[]>;
  onRetry: () => void;
}) {
  const styles = useGoalDetailStyles();
  const series = useMemo(() => checkInSeries(goal, checkIns.data ?? []), [goal, checkIns.data]);
  switch (checkIns.status) {
    case 'loading':
      return <LoadingState label="Loading the check-ins" rows={2} />;
    case 'error':
      return (
        <ErrorState
          title="The check-ins could not be loaded."
          error={checkIns.error}
          onRetry={onRetry}
        />
      );
    case 'ready':
      if (checkIns.data.length === 0) {
        return (
          <Text className={styles.muted}>No check-ins yet. The first one starts the history.</Text>
        );
      }
      return (
        <>
          <Suspense fallback={<LoadingState label="Loading the charts" rows={1} />}>
            <CheckInCharts series={series} tableName={TABLE_NAME} />
          </Suspense>
          <CheckInTable name={TABLE_NAME} unit={series.unit} checkIns={checkIns.data} />
        </>
      );
  }
}
