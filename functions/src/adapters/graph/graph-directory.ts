import type { Person } from '@northstar/shared';
import type { Directory } from '../../ports/directory.js';
import { isDomainError } from '../../ports/errors.js';
import { graphClientsFor, type GraphAdapterOptions, type GraphClientFor } from './graph-client.js';
import {
  toPerson,
  USER_SELECT,
  type GraphMailboxSettings,
  type GraphUser,
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

function people(users: unknown[], managerId?: string): Person[] {
  const mapped = (users as GraphUser[]).map((u) => toPerson(u, { managerId }));
  return mapped.filter((p): p is Person => p !== null).sort(byDisplayName);
}

/**
 * The {@link Directory} on Microsoft Graph, acting as one signed-in user (delegated
 * `User.Read.All`). The port's methods take only a tenant id, so the acting user is bound at
 * construction: build one per request with {@link graphDirectoryFor}.
 *
 * Calls per method: `getPerson` one `$batch` (the user with `manager` expanded, and their
 * `mailboxSettings`); `searchPeople` one; `getDirectReports` one per page; `getManagementChain`
 * one (`$expand=manager($levels=max)`).
 */
export class GraphDirectory implements Directory {
  constructor(private readonly graph: GraphClientFor) {}

  /**
   * Time zone and working hours come from `/users/{id}/mailboxSettings`, which needs delegated
   * `MailboxSettings.Read` and which Graph only opens for the user's own mailbox (or one shared
   * with them). When it is closed (403/404) the person gets the default hours (Mon-Fri 09-17).
   */
  async getPerson(tenantId: string, id: string): Promise<Person | null> {
    const user = `/users/${encodeURIComponent(id)}`;
    const [profile, mailbox] = await this.graph(tenantId).batch([
      { method: 'GET', url: `${user}?$select=${USER_SELECT}&$expand=manager($select=id)` },
      { method: 'GET', url: `${user}/mailboxSettings` },
    ]);
    if (!profile?.ok) return unlessNotFound(profile?.error, null);
    const closed = (error: unknown) =>
      isDomainError(error) && error.code === 'forbidden' ? null : unlessNotFound(error, null);
    const settings = mailbox?.ok ? (mailbox.body as GraphMailboxSettings) : closed(mailbox?.error);
    return toPerson(profile.body as GraphUser, { mailbox: settings });
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
    return people(page.value ?? []).slice(0, limit);
  }

  /** Every page of `/directReports`, users only (the cast drops org contacts). */
  async getDirectReports(tenantId: string, id: string): Promise<Person[]> {
    const path = `/users/${encodeURIComponent(id)}/directReports/microsoft.graph.user`;
    const users = await this.graph(tenantId)
      .getAll(`${path}?$select=${USER_SELECT}`)
      .catch((error: unknown) => unlessNotFound(error, []));
    return people(users, id);
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
 * bearer token of the current request): Graph is called with an On-Behalf-Of token for them.
 */
export function graphDirectoryFor(
  options: GraphAdapterOptions,
  userAssertion: string,
): GraphDirectory {
  return new GraphDirectory(graphClientsFor(options, userAssertion));
}
