import { Badge, Button, Subtitle2, useId } from '@fluentui/react-components';
import type { GoalView } from '@northstar/shared';
import { hashOf } from '../../app/routes';
import { GoalCard } from '../../components/GoalCard';
import { useMyGoalsStyles } from './MyGoals.styles';
import type { PeriodGroup } from './period-groups';

/** One period of My goals: a heading and a card per goal, each with "Check in". */
export function PeriodSection({
  group,
  parentTitles,
  onCheckIn,
}: {
  group: PeriodGroup;
  parentTitles: ReadonlyMap<string, string>;
  onCheckIn: (goal: GoalView) => void;
}) {
  const styles = useMyGoalsStyles();
  const headingId = useId('period-');
  return (
    <section aria-labelledby={headingId} className={styles.group}>
      <Subtitle2 as="h2" id={headingId} className={styles.groupHeading}>
        {group.label}
        {group.current && ' '}
        {group.current && (
          <Badge appearance="outline" color="brand">
            Current
          </Badge>
        )}
      </Subtitle2>
      <ul className={styles.list}>
        {group.goals.map((goal) => (
          <li key={goal.id}>
            <GoalCard
              goal={goal}
              href={hashOf({ screen: 'goal', goalId: goal.id })}
              parentTitle={parentTitleOf(goal, parentTitles)}
              actions={
                <Button
                  size="small"
                  aria-label={`Check in on ${goal.title}`}
                  onClick={() => onCheckIn(goal)}
                >
                  Check in
                </Button>
              }
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The titles of the goals it rolls up to that are known, or undefined. */
function parentTitleOf(goal: GoalView, titles: ReadonlyMap<string, string>): string | undefined {
  const known = goal.parentIds.flatMap((link) => titles.get(link.goalId) ?? []);
  return known.length === 0 ? undefined : known.join(', ');
}
