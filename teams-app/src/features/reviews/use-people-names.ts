import { useEffect, useMemo, useState } from 'react';
import { useApp } from '../../app/app-context';

/**
 * A name for each person id: the people the app already has (me, my manager, my reports) at
 * once, anyone else looked up with `api.person`; the id itself until then or if that fails.
 */
export function usePeopleNames(ids: readonly string[]): (personId: string) => string {
  const { api, me } = useApp();
  const known = useMemo(() => {
    const people = [me.person, ...me.directReports, ...(me.manager ? [me.manager] : [])];
    return new Map(people.map((p) => [p.id, p.displayName]));
  }, [me]);
  const [looked, setLooked] = useState<ReadonlyMap<string, string>>(() => new Map());
  // A string key, so a new array with the same ids does not look everyone up again.
  const missing = [...new Set(ids)]
    .filter((id) => !known.has(id))
    .sort()
    .join('\n');
  useEffect(() => {
    if (missing === '') return;
    let live = true;
    const lookups = missing.split('\n').map((id) =>
      api.person(id).then(
        (person): [string, string] => [id, person.displayName],
        (): [string, string] => [id, id],
      ),
    );
    void Promise.all(lookups).then((pairs) => {
      if (live) setLooked(new Map(pairs));
    });
    return () => {
      live = false;
    };
  }, [api, missing]);
  return (personId) => known.get(personId) ?? looked.get(personId) ?? personId;
}
