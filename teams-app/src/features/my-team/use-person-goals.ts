import type { GoalView, MeResponse, Person } from '@northstar/shared';
import type { ApiClient } from '../../api/api-client';
import { useResource, type ResourceHandle } from '../../app/use-resource';

/** A person and their manager (null when they have none or the lookup failed). */
export interface PersonProfile {
  person: Person;
  manager: Person | null;
}

/** The person's header data: `api.person`, then their manager's name. */
export function usePersonProfile(
  api: ApiClient,
  me: MeResponse,
  personId: string,
): ResourceHandle<PersonProfile> {
  return useResource(async () => {
    const person = await api.person(personId);
    const managerId = person.managerId;
    if (managerId === null) return { person, manager: null };
    if (managerId === me.person.id) return { person, manager: me.person };
    // The header reads fine without the manager's name, so that lookup failing must not fail
    // the whole page.
    const manager = await api.person(managerId).catch(() => null);
    return { person, manager };
  }, [api, me.person, personId]);
}

// A person has a handful of goals; 100 is the whole list in one page in practice.
const GOALS_PER_PERSON = 100;

/** The goals of `personId` that the caller may see. */
export function usePersonGoals(api: ApiClient, personId: string): ResourceHandle<GoalView[]> {
  return useResource(
    () => api.listGoals({ ownerId: personId, limit: GOALS_PER_PERSON }).then((page) => page.items),
    [api, personId],
  );
}
