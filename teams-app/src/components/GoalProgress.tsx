import { ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { GoalView } from '@northstar/shared';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  bar: { flexGrow: 1 },
  value: { minWidth: '3.5em', textAlign: 'end' },
});

/** Progress as a bar and a percentage, with the metric in words for screen readers. */
export function GoalProgress({
  goal,
}: {
  goal: Pick<GoalView, 'progress' | 'title' | 'metric' | 'current'>;
}) {
  const styles = useStyles();
  const percent = Math.round(goal.progress * 100);
  const metric = goal.metric
    ? `${String(goal.current ?? goal.metric.start)} of ${String(goal.metric.target)} ${goal.metric.unit}`
    : `${String(percent)}%`;
  const color = goal.progress >= 1 ? 'success' : 'brand';
  return (
    <div className={styles.row}>
      <ProgressBar
        className={styles.bar}
        value={goal.progress}
        color={color}
        thickness="large"
        aria-label={`Progress of ${goal.title}: ${metric}`}
      />
      <Text className={styles.value} size={200}>
        {percent}%
      </Text>
    </div>
  );
}
