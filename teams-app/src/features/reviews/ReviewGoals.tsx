import { Badge, Card, Link, Text } from '@fluentui/react-components';
import type { ReviewGoal } from '@northstar/shared';
import { hashOf } from '../../app/routes';
import { formatDate, periodLabel } from '../../components/format';
import { GoalProgress } from '../../components/GoalProgress';
import { StatusBadge } from '../../components/StatusBadge';
import { LEVEL_LABELS } from '../alignment/alignment-labels';
import { useReviewsStyles } from './Reviews.styles';

/** The goals section of a review: the reviewee's goals of the period, live, each a link. */
export function ReviewGoals({
  title,
  periodId,
  goals,
}: {
  title: string;
  periodId: string;
  goals: ReviewGoal[];
}) {
  const styles = useReviewsStyles();
  const heading = `Goals of ${periodLabel(periodId)}`;
  return (
    <section className={styles.section} aria-label={heading}>
      <h2 className={styles.heading}>{heading}</h2>
      <Text>
        Progress as it stands today. Comment on these goals under “{title}” below (optional).
      </Text>
      {goals.length === 0 ? (
        <Text italic>No goals in this period that you can see.</Text>
      ) : (
        <ul className={styles.list} aria-label={heading}>
          {goals.map((goal) => (
            <li key={goal.id}>
              <GoalItem goal={goal} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function GoalItem({ goal }: { goal: ReviewGoal }) {
  const styles = useReviewsStyles();
  return (
    <Card className={styles.card}>
      <div className={styles.between}>
        <Link href={hashOf({ screen: 'goal', goalId: goal.id })}>{goal.title}</Link>
        <StatusBadge status={goal.status} />
      </div>
      <GoalProgress goal={{ ...goal, metric: null, current: null }} />
      <Text size={200} className={styles.row}>
        <span>{LEVEL_LABELS[goal.level]} goal</span>
        <span>Due {formatDate(goal.dueDate)}</span>
        {goal.state === 'archived' && (
          <Badge appearance="outline" color="informative">
            Archived
          </Badge>
        )}
      </Text>
    </Card>
  );
}
