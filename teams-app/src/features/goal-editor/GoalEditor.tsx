import { Link } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { hashOf } from '../../app/routes';
import { useResource } from '../../app/use-resource';
import { EmptyState, ErrorState, LoadingState } from '../../components/ScreenStates';
import { blankDraft, draftFromGoal, todayIso } from './goal-draft';
import { GoalEditorBody } from './GoalEditorBody';

/** Props of the editor screen, as the router passes them. */
export interface GoalEditorProps {
  /** The goal to edit; a new goal when absent. */
  goalId?: string;
  /** For a new goal: the parent it rolls up to, chosen already. */
  parentId?: string;
}

/** "Write / edit a goal": the goal form with a live SMART coach beside it. */
export function GoalEditor({ goalId, parentId }: GoalEditorProps) {
  return goalId === undefined ? <NewGoal parentId={parentId} /> : <EditGoal goalId={goalId} />;
}

function NewGoal({ parentId }: { parentId: string | undefined }) {
  const { navigate } = useApp();
  const [draft] = useState(() => blankDraft(todayIso(), parentId));
  return (
    <GoalEditorBody
      draft={draft}
      base={undefined}
      onCancel={() => navigate({ screen: 'my-goals' })}
    />
  );
}

function EditGoal({ goalId }: { goalId: string }) {
  const { api, navigate } = useApp();
  const goal = useResource(() => api.getGoal(goalId), [api, goalId]);
  const { state } = goal;
  if (state.status === 'loading') return <LoadingState label="Loading the goal" rows={5} />;
  if (state.status === 'error') {
    if (state.error instanceof ApiError && state.error.status === 404) {
      return (
        <EmptyState
          title="This goal was not found"
          action={<Link href={hashOf({ screen: 'my-goals' })}>Back to my goals</Link>}
        >
          It may have been removed, or you may not be allowed to see it.
        </EmptyState>
      );
    }
    return (
      <ErrorState title="The goal could not be loaded" error={state.error} onRetry={goal.reload} />
    );
  }
  const detail = hashOf({ screen: 'goal', goalId });
  if (state.data.state === 'archived') {
    return (
      <EmptyState title="This goal is archived" action={<Link href={detail}>Open the goal</Link>}>
        An archived goal can no longer change.
      </EmptyState>
    );
  }
  return (
    <GoalEditorBody
      draft={draftFromGoal(state.data)}
      base={state.data}
      onCancel={() => navigate({ screen: 'goal', goalId })}
    />
  );
}
