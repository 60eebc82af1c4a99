import type { GoalView } from '@northstar/shared';
import { useEffect, useMemo, useState } from 'react';
import { useApp } from '../../app/app-context';

/**
 * Titles of the goals that `goals` roll up to, by id. Parents among `goals` are known already;
 * each other distinct parent is read once with `getGoal` (an employee's goals usually share a
 * few team goals, so this is cheaper than listing every team and company goal). A parent that
 * cannot be read (gone, hidden, offline) simply has no title.
 */
export function useParentTitles(
  goals: readonly GoalView[] | undefined,
): ReadonlyMap<string, string> {
  const { api } = useApp();
  const own = useMemo(() => new Map((goals ?? []).map((g) => [g.id, g.title])), [goals]);
  const missingKey = useMemo(() => {
    const ids = new Set((goals ?? []).flatMap((g) => g.parentIds.map((link) => link.goalId)));
    return [...ids]
      .filter((id) => !own.has(id))
      .sort()
      .join(' ');
  }, [goals, own]);
  const [fetched, setFetched] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (missingKey === '') return;
    let active = true;
    const read = (id: string) =>
      api.getGoal(id).then(
        (goal): [string, string] | null => [id, goal.title],
        () => null,
      );
    void Promise.all(missingKey.split(' ').map(read)).then((found) => {
      if (active) setFetched(new Map(found.filter((entry) => entry !== null)));
    });
    return () => {
      active = false;
    };
  }, [api, missingKey]);
  return useMemo(() => new Map([...fetched, ...own]), [fetched, own]);
}
