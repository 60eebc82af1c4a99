import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { useResource } from '../../app/use-resource';
import { knownParticipant, otherIdOf, resolveParticipant } from './participants';
import { sectionsOf, type LoadedSeries } from './series-rows';

/** A "Start 1:1s" in flight or failed, for one report. */
export interface Starting {
  personId: string;
  error: unknown;
}

/**
 * The 1:1s list: every series with its 1:1s, arranged by relationship, and starting a series
 * with a report (which then opens it).
 */
export function useSeriesList() {
  const { api, me, navigate } = useApp();
  // One "now" per visit, so "next" and "last" do not shift while the page is open.
  const [now] = useState(() => Date.now());
  const [starting, setStarting] = useState<Starting | null>(null);
  const resource = useResource(async () => {
    const all = await api.listOneOnOneSeries();
    const loaded: LoadedSeries[] = await Promise.all(
      all.map(async (series) => ({ series, meetings: await api.listOneOnOnes(series.id) })),
    );
    const strangers = loaded
      .map(({ series }) => otherIdOf(series, me.person.id))
      .filter((id) => knownParticipant(me, id) === null);
    const people = await Promise.all(strangers.map((id) => resolveParticipant(api, me, id)));
    return sectionsOf(me, loaded, new Map(people.map((p) => [p.id, p])), now);
  }, [api, me, now]);

  const start = async (personId: string) => {
    setStarting({ personId, error: null });
    try {
      const series = await api.createOneOnOneSeries(personId);
      navigate({ screen: 'one-on-one', seriesId: series.id });
    } catch (error) {
      // Started meanwhile (another tab, say): the list shows it once reloaded.
      if (error instanceof ApiError && error.code === 'conflict') {
        setStarting(null);
        resource.reload();
        return;
      }
      setStarting({ personId, error });
    }
  };
  return { resource, starting, start: (personId: string) => void start(personId) };
}
