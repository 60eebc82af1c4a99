import { Button, Text, Title3 } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { GoalView } from '@northstar/shared';
import { useCallback, useMemo, useState } from 'react';
import { useApp } from '../../app/app-context';
import { useResource, type ResourceHandle } from '../../app/use-resource';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { useCheckIn } from '../check-in/use-check-in';
import { GoalFilters } from './GoalFilters';
import { NO_FILTER, applyFilter, isFiltered, type GoalFilter } from './goal-filters';
import { loadMyGoals, type MyGoalsList } from './load-my-goals';
import { useMyGoalsStyles } from './MyGoals.styles';
import { groupByPeriod } from './period-groups';
import { PeriodSection } from './PeriodSection';
import { useParentTitles } from './use-parent-titles';

/**
 * My goals: the signed-in person's active goals by period (the current one first), each with its
 * progress, status, confidence, due date, what it rolls up to and a "Check in" button; filters
 * by status and level; an invitation to write a first goal when there is none.
 */
export function MyGoals() {
  const { api, me, navigate } = useApp();
  const styles = useMyGoalsStyles();
  const resource = useResource(() => loadMyGoals(api, me.person.id), [api, me.person.id]);
  const { setData } = resource;
  const replace = useCallback(
    (goal: GoalView) =>
      setData((list) => ({ ...list, goals: list.goals.map((g) => (g.id === goal.id ? goal : g)) })),
    [setData],
  );
  const checkIn = useCheckIn({ onGoal: replace });
  const newGoal = () => navigate({ screen: 'new-goal' });
  return (
    <div className={styles.screen}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.heading}>
          My goals
        </Title3>
        <Button appearance="primary" icon={<AddRegular />} onClick={newGoal}>
          New goal
        </Button>
      </header>
      {checkIn.notice}
      <MyGoalsBody resource={resource} onCheckIn={checkIn.start} onNewGoal={newGoal} />
      {checkIn.dialog}
    </div>
  );
}

function MyGoalsBody({
  resource,
  onCheckIn,
  onNewGoal,
}: {
  resource: ResourceHandle<MyGoalsList>;
  onCheckIn: (goal: GoalView) => void;
  onNewGoal: () => void;
}) {
  const { state, reload } = resource;
  switch (state.status) {
    case 'loading':
      return <LoadingState label="Loading your goals" />;
    case 'error':
      return (
        <ErrorState title="Your goals could not be loaded." error={state.error} onRetry={reload} />
      );
    case 'ready':
      if (state.data.goals.length === 0) {
        return (
          <EmptyState
            title="You have no active goals yet"
            action={
              <Button appearance="primary" onClick={onNewGoal}>
                Write your first goal
              </Button>
            }
          >
            A goal says what you want to achieve this cycle and how you will know. Align it to a
            team goal and check in weekly, so your progress rolls up.
          </EmptyState>
        );
      }
      return <GoalGroups list={state.data} onCheckIn={onCheckIn} />;
  }
}

function GoalGroups({
  list,
  onCheckIn,
}: {
  list: MyGoalsList;
  onCheckIn: (goal: GoalView) => void;
}) {
  const styles = useMyGoalsStyles();
  const [filter, setFilter] = useState<GoalFilter>(NO_FILTER);
  const parentTitles = useParentTitles(list.goals);
  const shown = useMemo(() => applyFilter(list.goals, filter), [list.goals, filter]);
  const groups = useMemo(
    () => groupByPeriod(shown, new Date().toISOString().slice(0, 10)),
    [shown],
  );
  return (
    <>
      <GoalFilters filter={filter} onChange={setFilter} />
      <Text role="status" className={styles.summary}>
        {summaryOf(shown.length, list)}
      </Text>
      {shown.length === 0 && isFiltered(filter) ? (
        <EmptyState
          title="No goals match these filters"
          action={<Button onClick={() => setFilter(NO_FILTER)}>Clear filters</Button>}
        >
          None of your {list.goals.length} goals has this status and level.
        </EmptyState>
      ) : (
        groups.map((group) => (
          <PeriodSection
            key={group.periodId}
            group={group}
            parentTitles={parentTitles}
            onCheckIn={onCheckIn}
          />
        ))
      )}
    </>
  );
}

function summaryOf(shown: number, list: MyGoalsList): string {
  const total = list.goals.length;
  const count =
    shown === total
      ? `${String(total)} active ${total === 1 ? 'goal' : 'goals'}`
      : `${String(shown)} of ${String(total)} goals`;
  const more = list.complete ? '' : '; there are more than this screen loads';
  return `Showing ${count}${more}.`;
}
