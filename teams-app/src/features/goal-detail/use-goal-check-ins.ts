import type { CheckIn, GoalView } from '@northstar/shared';
import { useCallback } from 'react';
import { useApp } from '../../app/app-context';
import { useResource, type ResourceHandle } from '../../app/use-resource';
import { useCheckIn, type CheckInController } from '../check-in/use-check-in';

/** A goal's check-in history and the check-in dialog that adds to it. */
export interface GoalCheckIns {
  history: ResourceHandle<CheckIn[]>;
  checkIn: CheckInController;
}

/** Loads the history of `goal` (newest first) and puts each saved check-in on top of it. */
export function useGoalCheckIns(goal: GoalView, onGoal: (goal: GoalView) => void): GoalCheckIns {
  const { api } = useApp();
  const history = useResource(
    () => api.listCheckIns(goal.id).then((page) => page.items),
    [api, goal.id],
  );
  const { setData } = history;
  const onCheckIn = useCallback((added: CheckIn) => setData((list) => [added, ...list]), [setData]);
  return { history, checkIn: useCheckIn({ onGoal, onCheckIn }) };
}
