import { MessageBar, MessageBarBody, useId } from '@fluentui/react-components';
import type { GoalView } from '@northstar/shared';
import { useCallback, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';
import { ErrorState, LoadingState } from '../../components/ScreenStates';
import { OutcomeNotice, type Outcome } from '../check-in/OutcomeNotice';
import { AlignmentSection } from './AlignmentSection';
import { ArchiveDialog } from './ArchiveDialog';
import { CheckInHistory } from './CheckInHistory';
import { EvidenceSection } from './EvidenceSection';
import { useGoalDetailStyles } from './GoalDetail.styles';
import { GoalFacts } from './GoalFacts';
import { GoalHeader } from './GoalHeader';
import { GoalNotFound } from './GoalNotFound';
import { mayChangeGoal } from './may-change-goal';
import { ShareGoal } from './ShareGoal';
import { useGoalCheckIns } from './use-goal-check-ins';

/**
 * One goal: its facts and progress, the check-in history as charts (with a table), where it sits
 * in the alignment, and the actions on it (check in, edit, archive). Deep links land here.
 */
export function GoalDetail({ goalId }: { goalId: string }) {
  const { api } = useApp();
  const goal = useResource(() => api.getGoal(goalId), [api, goalId]);
  const { setData } = goal;
  const replace = useCallback((latest: GoalView) => setData(() => latest), [setData]);
  switch (goal.state.status) {
    case 'loading':
      return <LoadingState label="Loading the goal" />;
    case 'error':
      if (goal.state.error instanceof ApiError && goal.state.error.status === 404) {
        return <GoalNotFound />;
      }
      return (
        <ErrorState
          title="This goal could not be loaded."
          error={goal.state.error}
          onRetry={goal.reload}
        />
      );
    case 'ready':
      return <GoalPage goal={goal.state.data} onGoal={replace} />;
  }
}

function GoalPage({ goal, onGoal }: { goal: GoalView; onGoal: (goal: GoalView) => void }) {
  const { me, navigate } = useApp();
  const styles = useGoalDetailStyles();
  const headingId = useId('goal-');
  const { history, checkIn } = useGoalCheckIns(goal, onGoal);
  const [archiving, setArchiving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const actions =
    goal.state === 'active' && mayChangeGoal(me, goal)
      ? {
          onCheckIn: () => checkIn.start(goal),
          onEdit: () => navigate({ screen: 'edit-goal', goalId: goal.id }),
          onArchive: () => setArchiving(true),
        }
      : null;
  const changed = (latest: GoalView, message: string) => {
    onGoal(latest);
    setOutcome({ intent: 'warning', title: 'This goal changed.', message });
  };
  return (
    <article aria-labelledby={headingId} className={styles.page}>
      <GoalHeader goal={goal} headingId={headingId} actions={actions} />
      {goal.state === 'archived' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            This goal is archived: it no longer counts towards progress and takes no check-ins.
          </MessageBarBody>
        </MessageBar>
      )}
      {checkIn.notice}
      {outcome && <OutcomeNotice outcome={outcome} onDismiss={() => setOutcome(null)} />}
      <GoalFacts goal={goal} />
      <ShareGoal goal={goal} />
      <CheckInHistory goal={goal} checkIns={history.state} onRetry={history.reload} />
      <AlignmentSection goal={goal} />
      <EvidenceSection goal={goal} />
      {checkIn.dialog}
      {archiving && (
        <ArchiveDialog
          goal={goal}
          open
          onOpenChange={setArchiving}
          onArchived={() => navigate({ screen: 'my-goals' })}
          onChanged={changed}
        />
      )}
    </article>
  );
}
