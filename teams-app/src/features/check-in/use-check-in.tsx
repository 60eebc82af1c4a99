import type { CheckIn, GoalView } from '@northstar/shared';
import { Suspense, lazy, useCallback, useState, type ReactElement } from 'react';
import { useApp } from '../../app/app-context';
import { OutcomeNotice, type Outcome } from './OutcomeNotice';

/** What a screen that lists goals tells `useCheckIn`. */
export interface UseCheckInOptions {
  /** Show this goal in place of the one with the same id (optimistic, saved, rolled back). */
  onGoal: (goal: GoalView) => void;
  /** A check-in was saved (e.g. to add it to a history). */
  onCheckIn?: (checkIn: CheckIn) => void;
}

/** The check-in dialog wired to a screen, with the outcome to show. */
export interface CheckInController {
  /** Opens the dialog for a goal, with a fresh form. */
  start: (goal: GoalView) => void;
  /** The dialog element to render (null before the first `start`). */
  dialog: ReactElement | null;
  /** The last outcome as a message bar (null when there is none or it was dismissed). */
  notice: ReactElement | null;
}

// The dialog (with Fluent's Dialog, Slider and focus trap) loads on the first "Check in", so it
// stays out of the first screen's JavaScript.
const CheckInDialog = lazy(() =>
  import('./CheckInDialog').then((m) => ({ default: m.CheckInDialog })),
);

interface Session {
  key: number;
  goal: GoalView;
  open: boolean;
}

/**
 * One implementation of the optimistic check-in for every screen: the goal changes at once,
 * the server's answer replaces it, and a failure puts the previous goal back, says why, and
 * reads the goal again (the check-in may have been saved even though the answer was lost).
 */
export function useCheckIn({ onGoal, onCheckIn }: UseCheckInOptions): CheckInController {
  const { api } = useApp();
  const [session, setSession] = useState<Session | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const start = useCallback((goal: GoalView) => {
    setSession((current) => ({ key: (current?.key ?? 0) + 1, goal, open: true }));
  }, []);
  const onFailed = (previous: GoalView, message: string) => {
    onGoal(previous);
    setOutcome({
      intent: 'error',
      title: 'Check-in not saved.',
      message: `${message} "${previous.title}" shows its saved values again.`,
    });
    // When the goal cannot be read either, the rollback above is the best we know.
    void api.getGoal(previous.id).then(onGoal, () => undefined);
  };
  const dialog = session && (
    <Suspense fallback={null}>
      <CheckInDialog
        key={session.key}
        goal={session.goal}
        open={session.open}
        onOpenChange={(open) => setSession((current) => current && { ...current, open })}
        onOptimistic={(goal) => {
          setOutcome(null);
          onGoal(goal);
        }}
        onSaved={(goal, checkIn) => {
          onGoal(goal);
          onCheckIn?.(checkIn);
          setOutcome({
            intent: 'success',
            title: 'Checked in.',
            message: `"${goal.title}" is saved.`,
          });
        }}
        onFailed={onFailed}
      />
    </Suspense>
  );
  const notice = outcome && <OutcomeNotice outcome={outcome} onDismiss={() => setOutcome(null)} />;
  return { start, dialog, notice };
}
