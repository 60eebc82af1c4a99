import { Link, Text, mergeClasses } from '@fluentui/react-components';
import type { GoalView } from '@northstar/shared';
import { GoalProgress } from '../../components/GoalProgress';
import { StatusBadge } from '../../components/StatusBadge';
import { hashOf } from '../../app/routes';
import { byAttention, daysSinceCheckIn, noCheckInLabel } from './goal-attention';
import { useMyTeamStyles } from './MyTeam.styles';

/** How many goals a report card lists before "See all". */
export const GOALS_SHOWN = 5;

/**
 * A compact list of one person's goals, those needing attention first; stale goals are
 * highlighted and say how long they have gone without a check-in.
 */
export function ReportGoalList({
  ownerName,
  goals,
  now,
}: {
  ownerName: string;
  goals: readonly GoalView[];
  now: number;
}) {
  const styles = useMyTeamStyles();
  const shown = [...goals].sort(byAttention).slice(0, GOALS_SHOWN);
  return (
    <ul className={styles.goals} aria-label={`Goals of ${ownerName}`}>
      {shown.map((goal) => {
        const stale = goal.status === 'stale';
        return (
          <li key={goal.id} className={mergeClasses(styles.goal, stale && styles.staleGoal)}>
            <div className={styles.goalTop}>
              <Link className={styles.title} href={hashOf({ screen: 'goal', goalId: goal.id })}>
                {goal.title}
              </Link>
              <StatusBadge status={goal.status} />
            </div>
            <GoalProgress goal={goal} />
            {stale && (
              <Text size={200} weight="semibold">
                {noCheckInLabel(daysSinceCheckIn(goal, now))}
              </Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
