import { useState } from 'react';
import { ApiError, messageOf } from '../../api/api-error';

/** A message above a review or cycle: the outcome of the last save or action. */
export type ReviewNotice = { intent: 'success' | 'error' | 'warning'; text: string } | null;

/**
 * Runs one If-Match write at a time and keeps its outcome: busy while it runs, a success notice
 * (the text `onDone` gives after applying the result), field errors from a 400, and on a 412 the
 * `stale` warning with a fresh load.
 */
export function useWriteOutcome(stale: string, reload: () => void) {
  const [notice, setNotice] = useState<ReviewNotice>(null);
  const [fieldErrors, setFieldErrors] = useState<Readonly<Record<string, string>>>({});
  const [busy, setBusy] = useState(false);

  const run = async <T>(call: () => Promise<T>, onDone: (value: T) => string) => {
    setBusy(true);
    setNotice(null);
    setFieldErrors({});
    // busy ends in the same render as the outcome, never in a separate one after it.
    try {
      const value = await call();
      setBusy(false);
      setNotice({ intent: 'success', text: onDone(value) });
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.status === 412) {
        setNotice({ intent: 'warning', text: stale });
        reload();
      } else {
        if (error instanceof ApiError) setFieldErrors(error.fieldErrors);
        setNotice({ intent: 'error', text: messageOf(error) });
      }
    }
  };
  return { notice, fieldErrors, busy, run };
}
