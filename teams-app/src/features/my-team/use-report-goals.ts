import type { GoalView, Person } from '@northstar/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../../api/api-client';
import type { Resource } from '../../app/use-resource';

/** One direct report and the state of loading their goals. */
export interface ReportGoals {
  person: Person;
  state: Resource<GoalView[]>;
}

/** What `useReportGoals` gives the My team screen. */
export interface ReportGoalsHandle {
  entries: ReportGoals[];
  /** Loads one person's goals again (the inline retry). */
  retry: (personId: string) => void;
  /** Loads everyone's goals again (the whole-screen retry). */
  retryAll: () => void;
}

// A person has a handful of goals; 100 is the whole list in one page in practice.
const GOALS_PER_PERSON = 100;

/**
 * Loads each report's goals with its own request, all in parallel. A manager has fewer than about
 * 15 direct reports, so one `GET /api/goals?ownerId=` per report is cheap, and because each
 * settles on its own, one failing report shows an inline retry instead of blanking the page.
 */
export function useReportGoals(api: ApiClient, reports: readonly Person[]): ReportGoalsHandle {
  const [states, setStates] = useState<ReadonlyMap<string, Resource<GoalView[]>>>(new Map());
  // Per person, the latest request; an older answer never overwrites a newer one.
  const tickets = useRef(new Map<string, number>());
  const load = useCallback(
    (people: readonly Person[]) => {
      setStates((current) => {
        const next = new Map(current);
        for (const person of people) next.set(person.id, { status: 'loading' });
        return next;
      });
      for (const person of people) {
        const ticket = (tickets.current.get(person.id) ?? 0) + 1;
        tickets.current.set(person.id, ticket);
        const settle = (state: Resource<GoalView[]>) => {
          if (tickets.current.get(person.id) !== ticket) return;
          setStates((current) => new Map(current).set(person.id, state));
        };
        api.listGoals({ ownerId: person.id, limit: GOALS_PER_PERSON }).then(
          (page) => settle({ status: 'ready', data: page.items }),
          (error: unknown) => settle({ status: 'error', error }),
        );
      }
    },
    [api],
  );
  useEffect(() => load(reports), [load, reports]);
  const entries = useMemo(
    () => reports.map((person) => ({ person, state: states.get(person.id) ?? LOADING })),
    [reports, states],
  );
  const retry = useCallback(
    (personId: string) => load(reports.filter((p) => p.id === personId)),
    [load, reports],
  );
  const retryAll = useCallback(() => load(reports), [load, reports]);
  return { entries, retry, retryAll };
}

const LOADING: Resource<GoalView[]> = { status: 'loading' };
