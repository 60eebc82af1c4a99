import type { GoalLevel, GoalView, MeResponse, Person } from '@northstar/shared';
import type { ApiClient } from '../../api/api-client';
import { useApp } from '../../app/app-context';
import { useResource, type ResourceHandle } from '../../app/use-resource';

/** A goal one can align to, with its owner's name. */
export interface ParentOption {
  id: string;
  title: string;
  level: GoalLevel;
  ownerName: string;
  periodId: string;
}

/** Enough for the company's and teams' active goals in one cycle or several. */
const PAGE_SIZE = 200;

/**
 * Owner names: people the caller already knows (self, manager, reports) cost nothing, the rest
 * one `person` call each. Company and team goals are owned by a handful of leaders, so that is
 * cheaper and surer than `searchPeople('')`, which returns an unrelated, capped slice of the
 * directory.
 */
async function ownerNames(api: ApiClient, me: MeResponse, ids: readonly string[]) {
  const names = new Map<string, string>();
  for (const person of [me.person, me.manager, ...me.directReports]) {
    if (person) names.set(person.id, person.displayName);
  }
  const unknown = [...new Set(ids)].filter((id) => !names.has(id));
  const found = await Promise.all(unknown.map((id) => api.person(id).catch(() => undefined)));
  for (const person of found.filter((p): p is Person => p !== undefined)) {
    names.set(person.id, person.displayName);
  }
  return names;
}

/** Company goals first, then team goals, each alphabetical. */
function byLevelThenTitle(a: ParentOption, b: ParentOption): number {
  if (a.level !== b.level) return a.level === 'company' ? -1 : b.level === 'company' ? 1 : 0;
  return a.title.localeCompare(b.title);
}

async function loadParentOptions(
  api: ApiClient,
  me: MeResponse,
  chosenIds: readonly string[],
  excludeId: string | undefined,
): Promise<ParentOption[]> {
  const pages = await Promise.all([
    api.listGoals({ level: 'company', limit: PAGE_SIZE }),
    api.listGoals({ level: 'team', limit: PAGE_SIZE }),
  ]);
  const goals = pages.flatMap((page) => page.items);
  // A chosen parent may be an individual goal or beyond the page: fetch it so it has a title.
  const missing = chosenIds.filter((id) => !goals.some((g) => g.id === id));
  const extra = await Promise.all(missing.map((id) => api.getGoal(id).catch(() => undefined)));
  const all = [...goals, ...extra.filter((g): g is GoalView => g !== undefined)].filter(
    (g) => g.id !== excludeId,
  );
  const names = await ownerNames(
    api,
    me,
    all.map((g) => g.ownerId),
  );
  return all
    .map((g) => ({
      id: g.id,
      title: g.title,
      level: g.level,
      ownerName: names.get(g.ownerId) ?? 'Owner unknown',
      periodId: g.periodId,
    }))
    .sort(byLevelThenTitle);
}

/**
 * The goals the writer can align to: company and team goals, plus the parents chosen when the
 * editor opened (`initialIds`, read once), never the goal being edited itself.
 */
export function useParentOptions(
  initialIds: readonly string[],
  excludeId?: string,
): ResourceHandle<ParentOption[]> {
  const { api, me } = useApp();
  const chosenKey = initialIds.join(',');
  return useResource(
    () => loadParentOptions(api, me, chosenKey === '' ? [] : chosenKey.split(','), excludeId),
    [api, me, chosenKey, excludeId],
  );
}
