import { useApp } from '../../app/app-context';
import { windowInstants, type WindowDraft } from './scheduling-format';
import { useSubmit } from './use-submit';

/**
 * `POST /api/meetings/find-times` for the window and length in `draft` (in the viewer's time
 * zone); `run(attendeeIds)` resolves to those ids and the suggestions.
 */
export function useFindTimes(draft: WindowDraft) {
  const { api } = useApp();
  return useSubmit(async (attendeeIds: string[]) => {
    const found = await api.findMeetingTimes({
      attendeeIds,
      durationMinutes: draft.durationMinutes,
      ...windowInstants(draft),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    return { attendeeIds, suggestions: found.suggestions };
  });
}
