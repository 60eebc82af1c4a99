import { Text } from '@fluentui/react-components';
import type { GoalView } from '@northstar/shared';
import { useId } from 'react';
import { hashOf } from '../../app/routes';
import { GoalCard } from '../../components/GoalCard';
import { groupByAttention, type AttentionGroup } from './goal-attention';
import { usePersonGoalsStyles } from './PersonGoals.styles';

/** A person's goals as cards, in sections by how much attention they need. */
export function PersonGoalGroups({ goals }: { goals: readonly GoalView[] }) {
  return (
    <>
      {groupByAttention(goals).map((group) => (
        <GoalGroup key={group.id} group={group} />
      ))}
    </>
  );
}

function GoalGroup({ group }: { group: AttentionGroup }) {
  const styles = usePersonGoalsStyles();
  const headingId = useId();
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <Text as="h2" size={400} weight="semibold" className={styles.groupHeading} id={headingId}>
        {group.title} ({group.goals.length})
      </Text>
      <ul className={styles.cards}>
        {group.goals.map((goal) => (
          <li key={goal.id}>
            <GoalCard goal={goal} href={hashOf({ screen: 'goal', goalId: goal.id })} />
          </li>
        ))}
      </ul>
    </section>
  );
}
