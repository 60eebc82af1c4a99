import { useCallback, useRef, useState } from 'react';

/** Where one submission stands. */
export type SubmitState<T> =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; data: T }
  | { status: 'error'; error: unknown };

/** What `useSubmit` gives: where the submission stands, a way to run it, and to reset it. */
export interface SubmitHandle<A, T> {
  state: SubmitState<T>;
  run: (args: A) => Promise<void>;
  reset: () => void;
}

/**
 * Runs an API call from a form; a second submit while one is in flight is ignored, so a double
 * click books one meeting.
 */
export function useSubmit<A, T>(action: (args: A) => Promise<T>): SubmitHandle<A, T> {
  const [state, setState] = useState<SubmitState<T>>({ status: 'idle' });
  const inFlight = useRef(false);
  const run = useCallback(
    async (args: A) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setState({ status: 'busy' });
      try {
        setState({ status: 'done', data: await action(args) });
      } catch (error) {
        setState({ status: 'error', error });
      } finally {
        inFlight.current = false;
      }
    },
    [action],
  );
  const reset = useCallback(() => {
    setState({ status: 'idle' });
  }, []);
  return { state, run, reset };
}
