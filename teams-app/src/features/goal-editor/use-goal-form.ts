import type { GoalView } from '@northstar/shared';
import { useCallback, useReducer, type Dispatch } from 'react';
import type { ApiClient } from '../../api/api-client';
import { ApiError, messageOf } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { describeConflict, type TitleOf } from './conflict-report';
import { checkDraft } from './draft-checks';
import { toPatch } from './draft-patch';
import { problemsOf } from './form-errors';
import { toCreateGoal, type GoalDraft } from './goal-draft';
import {
  goalFormReducer,
  initialFormState,
  type GoalFormAction,
  type GoalFormState,
} from './goal-form-reducer';

/** The editor form: its state, how to change the draft, and how to save it. */
export interface GoalForm extends GoalFormState {
  update: (change: Partial<GoalDraft>) => void;
  submit: () => void;
}

/** Creates, or patches only what changed; resolves to the saved goal's id. */
async function save(api: ApiClient, state: GoalFormState): Promise<string> {
  const { base, draft } = state;
  if (!base) return (await api.createGoal(toCreateGoal(draft))).id;
  const patch = toPatch(base, draft);
  if (Object.keys(patch).length === 0) return base.id;
  return (await api.updateGoal(base.id, patch, base.etag)).id;
}

/** A 412: reload the goal, say what changed, keep the writer's edits. */
async function reportConflict(
  api: ApiClient,
  state: GoalFormState & { base: GoalView },
  titleOf: TitleOf,
  dispatch: Dispatch<GoalFormAction>,
): Promise<void> {
  try {
    const fresh = await api.getGoal(state.base.id);
    const report = describeConflict(state.base, fresh, state.draft, titleOf);
    dispatch({ type: 'conflict', fresh, report });
  } catch (error) {
    const general = `Someone else changed this goal, and it could not be reloaded: ${messageOf(error)}`;
    dispatch({ type: 'invalid', errors: {}, general });
  }
}

/**
 * State and actions of the goal editor. Checks the draft before saving, shows the server's
 * field messages next to their fields, and handles a stale edit (412) without losing work.
 */
export function useGoalForm(
  draft: GoalDraft,
  base: GoalView | undefined,
  titleOf: TitleOf,
): GoalForm {
  const { api, navigate } = useApp();
  const [state, dispatch] = useReducer(goalFormReducer, initialFormState(draft, base));
  const update = useCallback(
    (change: Partial<GoalDraft>) => dispatch({ type: 'edit', change }),
    [],
  );
  const run = async () => {
    const errors = checkDraft(state.draft);
    if (Object.keys(errors).length > 0) {
      dispatch({ type: 'invalid', errors });
      return;
    }
    dispatch({ type: 'submit' });
    try {
      const goalId = await save(api, state);
      dispatch({ type: 'settled' });
      navigate({ screen: 'goal', goalId });
    } catch (error) {
      if (error instanceof ApiError && error.status === 412 && state.base) {
        await reportConflict(api, { ...state, base: state.base }, titleOf, dispatch);
      } else {
        dispatch({ type: 'invalid', ...problemsOf(error) });
      }
    }
  };
  return { ...state, update, submit: () => void run() };
}
