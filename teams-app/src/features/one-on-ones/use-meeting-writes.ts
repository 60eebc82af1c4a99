import { useCallback, useRef } from 'react';
import { ApiError } from '../../api/api-error';
import type { OneOnOneView } from '@northstar/shared';
import { useApp } from '../../app/app-context';

/** Writes to one 1:1, one at a time, each with the latest ETag. */
export interface MeetingWrites {
  /** Runs `write` after the writes before it, with the 1:1 as it is then; keeps the result. */
  enqueue: (write: (meeting: OneOnOneView) => Promise<OneOnOneView>) => Promise<OneOnOneView>;
  /** Loads the 1:1 again (after a 412) and keeps it. */
  refresh: () => Promise<OneOnOneView>;
  /**
   * Runs an update that changes one field only; on a 412 it reloads and applies it once more,
   * which cannot overwrite what the other participant wrote.
   */
  updateField: (update: (id: string, etag: string) => Promise<OneOnOneView>) => Promise<void>;
}

/** Whether `error` is a 412 (someone saved the 1:1 first). */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/**
 * The write pipeline of the current 1:1. Writes are chained so a quick second edit never goes
 * out with the ETag the first one just made stale.
 */
export function useMeetingWrites(
  seriesId: string,
  meeting: OneOnOneView,
  onMeeting: (meeting: OneOnOneView) => void,
): MeetingWrites {
  const { api } = useApp();
  const latest = useRef(meeting);
  const seen = useRef(meeting);
  if (seen.current !== meeting) {
    seen.current = meeting;
    latest.current = meeting;
  }
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const keep = useCallback(
    (next: OneOnOneView) => {
      latest.current = next;
      onMeeting(next);
      return next;
    },
    [onMeeting],
  );
  const enqueue = useCallback(
    (write: (current: OneOnOneView) => Promise<OneOnOneView>) => {
      const run = queue.current.then(() => write(latest.current)).then(keep);
      queue.current = run.catch(() => undefined);
      return run;
    },
    [keep],
  );
  const refresh = useCallback(async () => {
    const all = await api.listOneOnOnes(seriesId);
    const fresh = all.find((m) => m.id === latest.current.id);
    return fresh ? keep(fresh) : latest.current;
  }, [api, seriesId, keep]);
  const updateField = useCallback(
    async (update: (id: string, etag: string) => Promise<OneOnOneView>) => {
      await enqueue(async (current) => {
        try {
          return await update(current.id, current.etag);
        } catch (error) {
          if (!isStale(error)) throw error;
          const fresh = await refresh();
          return update(fresh.id, fresh.etag);
        }
      });
    },
    [enqueue, refresh],
  );
  return { enqueue, refresh, updateField };
}
