import type { Person } from '@northstar/shared';
import type { Directory } from '../../ports/directory.js';
import { isDomainError } from '../../ports/errors.js';
import {
  graphClientsFor,
  type GraphAdapterOptions,
  type GraphClient,
  type GraphClientFor,
} from './graph-client.js';
import { workingHoursByMail } from './graph-get-schedule.js';
import {
  mailOf,
  toPerson,
  USER_SELECT,
  type GraphUser,
  type GraphWorkingHours,
} from './graph-person.js';

/** Prefix matches (`startswith`) run on these; all work without advanced queries. */
const SEARCH_FIELDS = ['displayName', 'givenName', 'surname', 'mail'];

/** Graph's 404 means "no such person" here; anything else is a real failure. */
function unlessNotFound<T>(error: unknown, value: T): T {
  if (isDomainError(error) && error.code === 'not_found') return value;
  throw error;
}

function byDisplayName(a: Person, b: Person): number {
  return a.displayName.localeCompare(b.displayName, 'en') || a.id.localeCompare(b.id, 'en');
}

/** Sorted people; working hours (and zone) by lower-case address where `hours` has them. */
function people(
  users: GraphUser[],
  managerId?: string,
  hours: ReadonlyMap<string, GraphWorkingHours> = new Map(),
): Person[] {
  const mapped = users.map((user) => {
    const workingHours = hours.get(mailOf(user).toLowerCase()) ?? null;
    const mailbox = { timeZone: workingHours?.timeZone?.name ?? null, workingHours };
    return toPerson(user, { managerId, mailbox });
  });
  return mapped.filter((p): p is Person => p !== null).sort(byDisplayName);
}

/** Who a directory acts as: a signed-in user (delegated), or the app itself (application). */
export type GraphActor = 'user' | 'app';

/**
 * Where `getSchedule` is asked, on behalf of `subjectId` (the person looked up, or the manager
 * whose reports are): the app has no `/me`, so it asks through that person's own calendar.
 */
function schedulePath(actor: GraphActor, subjectId: string): string {
  return actor === 'user'
    ? '/me/calendar/getSchedule'
    : `/users/${encodeURIComponent(subjectId)}/calendar/getSchedule`;
}

/** {@link people} with their hours from `getSchedule` (ceil(n/20) calls). */
async function withWorkingHours(
  graph: GraphClient,
  path: string,
  users: GraphUser[],
  managerId?: string,
): Promise<Person[]> {
  return people(users, managerId, await workingHoursByMail(graph, path, users.map(mailOf)));
}

/**
 * The {@link Directory} on Microsoft Graph, acting as one signed-in user (delegated
 * `User.Read.All`) or as the app itself (application `User.Read.All` and `Calendars.Read`, for
 * bot activities and timers). The port's methods take only a tenant id, so the actor is bound
 * at construction: build one per request with {@link graphDirectoryFor}.
 *
 * Time zone and working hours come from `getSchedule`'s `workingHours` (delegated
 * `Calendars.ReadBasic`; no `MailboxSettings.Read`), for `getPerson` and `getDirectReports`,
 * the people scheduling works with. Search results and management chains carry the default
 * hours (Mon-Fri 09:00-17:00 UTC), as does anyone whose calendar Graph does not open.
 *
 * Calls per method: `getPerson` two (the user with `manager` expanded, then `getSchedule`);
 * `searchPeople` one; `getDirectReports` one per page plus ceil(n/20) `getSchedule`;
 * `getManagementChain` one (`$expand=manager($levels=max)`).
 */
export class GraphDirectory implements Directory {
  constructor(
    private readonly graph: GraphClientFor,
    private readonly actor: GraphActor = 'user',
  ) {}

  async getPerson(tenantId: string, id: string): Promise<Person | null> {
    const graph = this.graph(tenantId);
    const path = `/users/${encodeURIComponent(id)}?$select=${USER_SELECT}&$expand=manager($select=id)`;
    const user = (await graph
      .get(path)
      .catch((error: unknown) => unlessNotFound(error, null))) as GraphUser | null;
    if (!user) return null;
    const [person] = await withWorkingHours(graph, schedulePath(this.actor, id), [user]);
    return person ?? null;
  }

  /**
   * Prefix match (Graph `startswith`) on name, given name, surname and mail: Graph has no
   * "contains" on users, and `$search` cannot be combined with `$expand=manager`.
   */
  async searchPeople(tenantId: string, search: string, limit: number): Promise<Person[]> {
    const term = search.trim();
    if (!term || limit < 1) return [];
    const literal = encodeURIComponent(term.replace(/'/g, "''"));
    const filter = SEARCH_FIELDS.map((f) => `startswith(${f},'${literal}')`).join(' or ');
    const top = Math.min(Math.floor(limit), 999);
    const query = `$filter=${filter}&$select=${USER_SELECT}&$expand=manager($select=id)&$top=${top}`;
    const page = (await this.graph(tenantId).get(`/users?${query}`)) as { value?: unknown[] };
    return people((page.value ?? []) as GraphUser[]).slice(0, limit);
  }

  /** Every page of `/directReports`, users only (the cast drops org contacts), with hours. */
  async getDirectReports(tenantId: string, id: string): Promise<Person[]> {
    const graph = this.graph(tenantId);
    const path = `/users/${encodeURIComponent(id)}/directReports/microsoft.graph.user`;
    const users = await graph
      .getAll(`${path}?$select=${USER_SELECT}`)
      .catch((error: unknown) => unlessNotFound(error, []));
    return withWorkingHours(graph, schedulePath(this.actor, id), users as GraphUser[], id);
  }

  /** One call: the nested `manager` chain, which needs `ConsistencyLevel: eventual`. */
  async getManagementChain(tenantId: string, id: string): Promise<Person[]> {
    const expand = `$expand=manager($levels=max;$select=${USER_SELECT})`;
    const path = `/users/${encodeURIComponent(id)}?${expand}&$select=id,displayName&$count=true`;
    const root = (await this.graph(tenantId)
      .get(path, { ConsistencyLevel: 'eventual' })
      .catch((error: unknown) => unlessNotFound(error, null))) as GraphUser | null;
    const chain: Person[] = [];
    const seen = new Set([id]);
    // The seen-set stops a malformed (cyclic) chain.
    for (
      let manager = root?.manager;
      manager?.id && !seen.has(manager.id);
      manager = manager.manager
    ) {
      seen.add(manager.id);
      const person = toPerson(manager);
      if (person) chain.push(person);
    }
    return chain;
  }
}

/**
 * A {@link GraphDirectory} acting as the user whose API access token is `userAssertion` (the
 * bearer token of the current request): Graph is called with an On-Behalf-Of token for them;
 * with `null`, as the app itself.
 */
export function graphDirectoryFor(
  options: GraphAdapterOptions,
  userAssertion: string | null,
): GraphDirectory {
  return new GraphDirectory(
    graphClientsFor(options, userAssertion),
    userAssertion === null ? 'app' : 'user',
  );
}
