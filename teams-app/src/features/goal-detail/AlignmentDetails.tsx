import { Link, Subtitle2, Text, mergeClasses } from '@fluentui/react-components';
import { ArrowTurnDownRightRegular } from '@fluentui/react-icons';
import type { GoalView, HealthFlag, HealthFlagCode } from '@northstar/shared';
import { hashOf } from '../../app/routes';
import { StatusBadge } from '../../components/StatusBadge';
import type { GoalAlignment } from './alignment-chain';
import { useGoalDetailStyles } from './GoalDetail.styles';

const FLAG_NAMES: Record<HealthFlagCode, string> = {
  orphan: 'Not aligned',
  stale: 'No recent check-in',
  parent_inactive: 'What it rolls up to is not active',
  due_after_parent: 'Due after what it rolls up to',
  owner_overloaded: 'The owner has many goals',
};

const LEVEL_NAMES: Record<GoalView['level'], string> = {
  company: 'Company',
  team: 'Team',
  individual: 'Individual',
  development: 'Development',
};

/** The chain up, the goals that feed this one, and its health flags in words. */
export function AlignmentDetails({
  goal,
  alignment,
}: {
  goal: GoalView;
  alignment: GoalAlignment;
}) {
  return (
    <>
      <Subtitle2 as="h3">Rolls up to</Subtitle2>
      <Chains goal={goal} chains={alignment.chains} />
      <Subtitle2 as="h3">Goals that feed it</Subtitle2>
      <Feeders goal={goal} feeders={alignment.feeders} />
      <Subtitle2 as="h3">Health</Subtitle2>
      <Flags flags={alignment.flags} />
    </>
  );
}

function Chains({ goal, chains }: { goal: GoalView; chains: GoalView[][] }) {
  const styles = useGoalDetailStyles();
  if (chains.length === 0) return <Text className={styles.muted}>{noChainInWords(goal)}</Text>;
  return chains.map((chain) => (
    <ol
      key={chain.map((step) => step.id).join('>')}
      className={styles.list}
      aria-label={`Chain up to ${chain[0]?.title ?? ''}`}
    >
      {chain.map((step, index) => (
        <li key={step.id} className={mergeClasses(styles.listItem, index > 0 && styles.chainStep)}>
          {index > 0 && <ArrowTurnDownRightRegular aria-hidden />}
          <GoalLink goal={step} />
        </li>
      ))}
    </ol>
  ));
}

function Feeders({ goal, feeders }: { goal: GoalView; feeders: GoalView[] }) {
  const styles = useGoalDetailStyles();
  if (feeders.length === 0) {
    return (
      <Text className={styles.muted}>
        No goals feed it yet.{' '}
        <Link href={hashOf({ screen: 'new-goal', parentId: goal.id })}>Write one that does</Link>
      </Text>
    );
  }
  return (
    <ul className={styles.list}>
      {feeders.map((feeder) => (
        <li key={feeder.id} className={styles.listItem}>
          <GoalLink goal={feeder} />
        </li>
      ))}
    </ul>
  );
}

function Flags({ flags }: { flags: HealthFlag[] }) {
  const styles = useGoalDetailStyles();
  if (flags.length === 0) return <Text className={styles.muted}>No health issues.</Text>;
  return (
    <ul className={styles.list}>
      {flags.map((flag, index) => (
        <li key={`${flag.code}-${String(index)}`} className={styles.flag}>
          <Text weight="semibold">{FLAG_NAMES[flag.code]}</Text>
          <Text>{flag.message}</Text>
        </li>
      ))}
    </ul>
  );
}

function GoalLink({ goal }: { goal: GoalView }) {
  return (
    <>
      <Text size={200}>{LEVEL_NAMES[goal.level]}:</Text>
      <Link href={hashOf({ screen: 'goal', goalId: goal.id })}>{goal.title}</Link>
      <StatusBadge status={goal.status} />
      <Text size={200}>{Math.round(goal.progress * 100)}%</Text>
    </>
  );
}

function noChainInWords(goal: GoalView): string {
  if (goal.level === 'company') return 'Nothing: it is a company goal, the top of the alignment.';
  if (goal.parentIds.length > 0) return 'Goals you cannot see from here.';
  return 'Nothing yet: it is not aligned to a team or company goal.';
}
