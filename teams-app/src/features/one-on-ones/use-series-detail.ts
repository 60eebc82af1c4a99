import type { OneOnOneSeries } from '@northstar/shared';
import { useCallback } from 'react';
import { ApiError } from '../../api/api-error';
import type { OneOnOneView } from '@northstar/shared';
import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';
import { participantsOf, type Participants } from './participants';

/** A series with its participants and all its 1:1s. */
export interface SeriesDetail {
  series: OneOnOneSeries;
  participants: Participants;
  meetings: OneOnOneView[];
}

/** Puts `meeting` in place of the 1:1 with its id, or adds it. */
function upsert(meetings: readonly OneOnOneView[], meeting: OneOnOneView): OneOnOneView[] {
  const others = meetings.filter((m) => m.id !== meeting.id);
  return [...others, meeting];
}

/** Loads one series (404 when I take no part in it) and keeps its 1:1s up to date. */
export function useSeriesDetail(seriesId: string) {
  const { api, me } = useApp();
  const resource = useResource<SeriesDetail>(async () => {
    const [all, meetings] = await Promise.all([
      api.listOneOnOneSeries(),
      api.listOneOnOnes(seriesId),
    ]);
    const series = all.find((s) => s.id === seriesId);
    if (!series) throw new ApiError(404, { code: 'not_found', detail: 'No such 1:1 series.' });
    return { series, participants: await participantsOf(api, me, series), meetings };
  }, [api, me, seriesId]);
  const { setData } = resource;
  const putMeeting = useCallback(
    (meeting: OneOnOneView) =>
      setData((detail) => ({ ...detail, meetings: upsert(detail.meetings, meeting) })),
    [setData],
  );
  return { resource, putMeeting };
}
