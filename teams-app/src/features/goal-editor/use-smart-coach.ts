import type { SmartCheckRequest, SmartCheckResponse } from '@northstar/shared';
import { useEffect, useState } from 'react';
import { useApp } from '../../app/app-context';

/** How long the writer pauses before the coach looks at the draft. */
export const COACH_DELAY_MS = 400;

/** What the coach panel shows. */
export interface SmartCoachState {
  /** No title yet: nothing to check. */
  idle: boolean;
  /** The shown result is for an older draft; a newer check is on its way. */
  loading: boolean;
  /** The latest check failed; the form still works. */
  failed: boolean;
  /** The last result the server gave, possibly for an older draft. */
  result: SmartCheckResponse | undefined;
}

interface Answer {
  key: string;
  failed: boolean;
  result: SmartCheckResponse | undefined;
}

/**
 * Asks the server's SMART coach about the draft once the writer pauses for `delayMs`. A change
 * to the draft aborts the check in flight, so a slow old answer never replaces a newer one.
 */
export function useSmartCoach(
  draft: SmartCheckRequest | null,
  delayMs = COACH_DELAY_MS,
): SmartCoachState {
  const { api } = useApp();
  // The draft is a fresh object on every render; its JSON says when it really changed.
  const key = draft === null ? '' : JSON.stringify(draft);
  const [answer, setAnswer] = useState<Answer>({ key: '', failed: false, result: undefined });
  useEffect(() => {
    if (key === '') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const request = JSON.parse(key) as SmartCheckRequest;
      api.smartCheck(request, controller.signal).then(
        (result) => {
          if (!controller.signal.aborted) setAnswer({ key, failed: false, result });
        },
        () => {
          if (!controller.signal.aborted) setAnswer((old) => ({ ...old, key, failed: true }));
        },
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, key, delayMs]);
  const current = answer.key === key;
  return {
    idle: key === '',
    loading: key !== '' && !current,
    failed: current && answer.failed,
    result: answer.result,
  };
}
