import { Text } from '@fluentui/react-components';
import type { GoalView } from '@northstar/shared';
import type { ReactNode } from 'react';
import { formatDate, periodLabel } from '../../components/format';
import { GoalProgress } from '../../components/GoalProgress';
import { useGoalDetailStyles } from './GoalDetail.styles';
import { useOwnerName } from './use-owner-name';

const LEVELS: Record<GoalView['level'], string> = {
  company: 'Company goal',
  team: 'Team goal',
  individual: 'Individual goal',
  development: 'Development goal',
};

/** The facts of a goal: owner, level, period, dates, metric, progress and last check-in. */
export function GoalFacts({ goal }: { goal: GoalView }) {
  const styles = useGoalDetailStyles();
  const owner = useOwnerName(goal.ownerId);
  return (
    <section aria-label="Facts" className={styles.section}>
      {goal.description && <Text className={styles.note}>{goal.description}</Text>}
      <GoalProgress goal={goal} />
      <dl className={styles.facts}>
        <Fact term="Owner">{owner}</Fact>
        <Fact term="Level">
          {LEVELS[goal.level]} in {periodLabel(goal.periodId)}
        </Fact>
        <Fact term="Dates">
          {formatDate(goal.startDate)} to {formatDate(goal.dueDate)}
        </Fact>
        <Fact term="Metric">{metricInWords(goal)}</Fact>
        <Fact term="Current">{currentInWords(goal)}</Fact>
        <Fact term="Last check-in">{lastCheckInInWords(goal)}</Fact>
      </dl>
    </section>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  const styles = useGoalDetailStyles();
  return (
    <div className={styles.fact}>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.detail}>{children}</dd>
    </div>
  );
}

function metricInWords(goal: GoalView): string {
  if (!goal.metric) return 'Percent complete (no metric)';
  const { start, target, unit } = goal.metric;
  return `From ${String(start)} to ${String(target)} ${unit}`;
}

function currentInWords(goal: GoalView): string {
  const percent = Math.round(goal.progress * 100);
  if (goal.current === null) return `No check-in yet (${String(percent)}% of the way)`;
  if (goal.metric) {
    return `${String(goal.current)} ${goal.metric.unit} (${String(percent)}% of the way)`;
  }
  // Without a metric, progress rolls up from the goals that feed it once there are any.
  if (Math.round(goal.current) === percent) return `${String(goal.current)}%`;
  return `${String(goal.current)}% checked in; ${String(percent)}% with the goals that feed it`;
}

function lastCheckInInWords(goal: GoalView): string {
  if (goal.lastCheckInAt === null) return 'Never';
  const date = formatDate(goal.lastCheckInAt.slice(0, 10));
  const confidence =
    goal.lastConfidence === null ? '' : `, confidence ${String(goal.lastConfidence)}/10`;
  return `${date}${confidence}`;
}
