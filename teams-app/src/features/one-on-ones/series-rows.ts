import type { MeResponse, OneOnOneSeries } from '@northstar/shared';
import type { OneOnOneView } from '@northstar/shared';
import { timelineOf } from './occurrence-timeline';
import { otherIdOf, type Participant } from './participants';

/** What the 1:1s list says about a series. */
export interface SeriesSummary {
  /** The next 1:1 (or the one being held), if one is scheduled. */
  nextAt: string | null;
  /** The last 1:1 held, if any. */
  lastAt: string | null;
  /** Open action items on the current 1:1 (they carry over to the next). */
  openItems: number;
}

/** One person one can have 1:1s with, and the series with them if it exists. */
export interface SeriesRow {
  person: Participant;
  series: OneOnOneSeries | null;
  summary: SeriesSummary | null;
}

/** The rows of the 1:1s list, by relationship. */
export interface SeriesSections {
  withManager: SeriesRow | null;
  withReports: SeriesRow[];
  /** Series with someone who is no longer my manager or report. */
  others: SeriesRow[];
}

/** Where a row sorts: by its next 1:1, then those with nothing planned, then no series. */
function rankOf(row: SeriesRow): number {
  if (!row.summary) return Number.MAX_SAFE_INTEGER;
  return row.summary.nextAt ? Date.parse(row.summary.nextAt) : Number.MAX_SAFE_INTEGER - 1;
}

/** A loaded series with its 1:1s. */
export interface LoadedSeries {
  series: OneOnOneSeries;
  meetings: readonly OneOnOneView[];
}

/** Summarizes a series' 1:1s at `now`. */
export function summarize(meetings: readonly OneOnOneView[], now: number): SeriesSummary {
  const { current, previous, currentIsOver } = timelineOf(meetings, now);
  const last = currentIsOver ? current : previous;
  return {
    nextAt: current && !currentIsOver ? current.scheduledFor : null,
    lastAt: last?.scheduledFor ?? null,
    openItems: current?.actionItems.filter((item) => !item.done).length ?? 0,
  };
}

/**
 * Arranges the list: my manager, each direct report (with or without a series), then series
 * with anyone else, whose person comes from `people` (looked up separately).
 */
export function sectionsOf(
  me: MeResponse,
  loaded: readonly LoadedSeries[],
  people: ReadonlyMap<string, Participant>,
  now: number,
): SeriesSections {
  const meId = me.person.id;
  const rowFor = (person: Participant, asManager: boolean): SeriesRow => {
    const found = loaded.find(({ series }) =>
      asManager
        ? series.managerId === meId && series.reportId === person.id
        : series.reportId === meId && series.managerId === person.id,
    );
    return {
      person,
      series: found?.series ?? null,
      summary: found ? summarize(found.meetings, now) : null,
    };
  };
  const withManager = me.manager ? rowFor(me.manager, false) : null;
  // Running series first, soonest next 1:1 first; then the reports without one yet.
  const withReports = me.directReports
    .map((person) => rowFor(person, true))
    .sort((a, b) => rankOf(a) - rankOf(b));
  const shown = new Set([withManager, ...withReports].map((row) => row?.series?.id));
  const others = loaded
    .filter(({ series }) => !shown.has(series.id))
    .flatMap(({ series, meetings }) => {
      const person = people.get(otherIdOf(series, meId));
      return person ? [{ person, series, summary: summarize(meetings, now) }] : [];
    });
  return { withManager, withReports, others };
}
