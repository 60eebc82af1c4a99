import { Card, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { GoalView } from '@northstar/shared';
import type { ReactNode } from 'react';
import { formatDate } from './format';
import { GoalProgress } from './GoalProgress';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  card: { display: 'grid', gap: tokens.spacingVerticalS },
  top: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface GoalCardProps {
  goal: GoalView;
  /** Opens the goal (a link, so it is keyboard reachable and middle-clickable). */
  href: string;
  /** The title of the goal it rolls up to, when known. */
  parentTitle?: string;
  /** The owner's name, where the list mixes owners. */
  ownerName?: string;
  /** Buttons such as "Check in". */
  actions?: ReactNode;
}

/** One goal in a list: title, status, progress, confidence, due date and what it rolls up to. */
export function GoalCard({ goal, href, parentTitle, ownerName, actions }: GoalCardProps) {
  const styles = useStyles();
  return (
    <Card className={styles.card} aria-label={goal.title}>
      <div className={styles.top}>
        <Link href={href}>
          <Text weight="semibold">{goal.title}</Text>
        </Link>
        <StatusBadge status={goal.status} />
      </div>
      <GoalProgress goal={goal} />
      <Text size={200} className={styles.facts}>
        {ownerName && <span>{ownerName}</span>}
        <span>Due {formatDate(goal.dueDate)}</span>
        <span>
          Confidence{' '}
          {goal.lastConfidence === null ? 'not given yet' : `${String(goal.lastConfidence)}/10`}
        </span>
        {parentTitle && <span>Rolls up to {parentTitle}</span>}
      </Text>
      {actions && <div className={styles.actions}>{actions}</div>}
    </Card>
  );
}
