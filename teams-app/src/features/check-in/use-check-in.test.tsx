import { Button } from '@fluentui/react-components';
import type { CheckIn, GoalView } from '@northstar/shared';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import { renderScreen } from '../../test/render-screen';
import { testCheckIn, testGoalView } from './test-goal-view';
import { useCheckIn } from './use-check-in';

const goal = testGoalView({ id: 'g-1', title: 'Grow weekly users' });

/** A screen with one goal, as My goals or Goal detail would use the hook. */
function OneGoal() {
  const [shown, setShown] = useState(goal);
  const [history, setHistory] = useState<CheckIn[]>([]);
  const checkIn = useCheckIn({
    onGoal: setShown,
    onCheckIn: (c) => setHistory((h) => [...h, c]),
  });
  return (
    <>
      {checkIn.notice}
      <p>
        Shown: {shown.current} ({shown.etag}), history {history.length}
      </p>
      <Button onClick={() => checkIn.start(shown)}>Check in</Button>
      {checkIn.dialog}
    </>
  );
}

function deferred<T>() {
  let settle: { resolve: (value: T) => void; reject: (error: unknown) => void } | undefined;
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle! };
}

const shown = () => screen.getByText(/^Shown:/).textContent;

async function checkInTo(value: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
  fireEvent.change(await screen.findByRole('spinbutton', { name: 'New value (users)' }), {
    target: { value },
  });
  const save = screen.getByRole('button', { name: 'Save check-in' });
  // Async act: an answer that is already settled is handled before the caller looks.
  await act(async () => {
    save.click();
    await Promise.resolve();
  });
}

describe('useCheckIn', () => {
  it('shows the new value at once, then the saved goal and a confirmation', async () => {
    const answer = deferred<{ checkIn: CheckIn; goal: GoalView }>();
    renderScreen(<OneGoal />, { api: { checkIn: () => answer.promise } });
    await checkInTo('600');
    expect(shown()).toBe('Shown: 600 (etag-1), history 0');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    answer.resolve({
      checkIn: testCheckIn({ id: 'ci-2', value: 600 }),
      goal: { ...goal, current: 600, etag: 'etag-2' },
    });
    expect(await screen.findByText('Checked in.')).toBeTruthy();
    expect(shown()).toBe('Shown: 600 (etag-2), history 1');
  });

  it('rolls back with a message on failure and reads the goal again', async () => {
    const answer = deferred<never>();
    const reads: string[] = [];
    const getGoal = (id: string) => {
      reads.push(id);
      return Promise.resolve({ ...goal, etag: 'etag-3' });
    };
    renderScreen(<OneGoal />, { api: { checkIn: () => answer.promise, getGoal } });
    await checkInTo('600');
    expect(shown()).toBe('Shown: 600 (etag-1), history 0');
    answer.reject(
      new ApiError(503, { code: 'upstream_unavailable', detail: 'The store is down.' }),
    );
    expect(await screen.findByText('Check-in not saved.')).toBeTruthy();
    const bar = screen.getByRole('group', { name: 'Check-in not saved.' });
    expect(bar.textContent).toContain('The store is down. "Grow weekly users" shows its saved');
    await waitFor(() => expect(shown()).toBe('Shown: 250 (etag-3), history 0'));
    expect(reads).toEqual(['g-1']);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Check-in not saved.')).toBeNull();
  });

  it('keeps the rollback when the goal cannot be read again', async () => {
    renderScreen(<OneGoal />, {
      api: {
        checkIn: () => Promise.reject(new ApiError(0, undefined)),
        getGoal: () => Promise.reject(new ApiError(0, undefined)),
      },
    });
    await checkInTo('600');
    expect(await screen.findByText('Check-in not saved.')).toBeTruthy();
    expect(shown()).toBe('Shown: 250 (etag-1), history 0');
  });

  it('opens a fresh form each time', async () => {
    renderScreen(<OneGoal />, { api: {} });
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    const box = () =>
      screen.findByRole<HTMLInputElement>('spinbutton', { name: 'New value (users)' });
    fireEvent.change(await box(), { target: { value: '600' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect((await box()).value).toBe('250');
  });
});
