import type { Person } from '@northstar/shared';
import type { Directory } from '../../ports/directory.js';
import { demoTenants, type DemoTenant } from './demo-tenants.js';

/** Lower case without accents, so "tomas" finds "Tomáš". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** A copy of `person` that shares nothing with it (cheaper than `structuredClone` per call). */
function copyPerson(person: Person): Person {
  const hours = person.workingHours;
  return { ...person, workingHours: { ...hours, days: [...hours.days] } };
}

function byDisplayName(a: Person, b: Person): number {
  return a.displayName.localeCompare(b.displayName, 'en') || a.id.localeCompare(b.id, 'en');
}

function reportsByManager(people: readonly Person[]): Map<string | null, Person[]> {
  const byManager = new Map<string | null, Person[]>();
  for (const person of people) {
    const reports = byManager.get(person.managerId);
    if (reports) reports.push(person);
    else byManager.set(person.managerId, [person]);
  }
  for (const reports of byManager.values()) reports.sort(byDisplayName);
  return byManager;
}

/**
 * A FAKE directory over the demo organisations, for local runs (`npm start`) and tests; the
 * production directory is a Microsoft Graph adapter. Tenants never see each other's people, and
 * every person handed out is a copy.
 */
export class DemoDirectory implements Directory {
  private readonly tenants: ReadonlyMap<string, ReadonlyMap<string, Person>>;
  /**
   * Direct reports by tenant, then manager, in name order: a generated org of 10,000 is not
   * scanned (or sorted) per call.
   */
  private readonly reports: ReadonlyMap<string, ReadonlyMap<string | null, Person[]>>;

  /** @param tenants the organisations to serve; the built-in demo tenants by default. */
  constructor(tenants: readonly DemoTenant[] = demoTenants()) {
    this.tenants = new Map(
      tenants.map((tenant) => [
        tenant.id,
        new Map(tenant.people.map((p) => [p.id, copyPerson(p)])),
      ]),
    );
    this.reports = new Map(
      [...this.tenants].map(([id, people]) => [id, reportsByManager([...people.values()])]),
    );
  }

  getPerson(tenantId: string, id: string): Promise<Person | null> {
    const person = this.people(tenantId).get(id);
    return Promise.resolve(person ? copyPerson(person) : null);
  }

  /** Contains-match on name, mail, title or department, ignoring case and accents. */
  searchPeople(tenantId: string, search: string, limit: number): Promise<Person[]> {
    const needle = fold(search.trim());
    const matches = [...this.people(tenantId).values()].filter((p) =>
      [p.displayName, p.mail, p.jobTitle, p.department].some((field) =>
        fold(field).includes(needle),
      ),
    );
    return Promise.resolve(this.copies(matches).slice(0, Math.max(0, limit)));
  }

  getDirectReports(tenantId: string, id: string): Promise<Person[]> {
    const reports = this.reports.get(tenantId)?.get(id) ?? [];
    return Promise.resolve(reports.map(copyPerson));
  }

  getManagementChain(tenantId: string, id: string): Promise<Person[]> {
    const people = this.people(tenantId);
    const chain: Person[] = [];
    const seen = new Set<string>([id]);
    let managerId = people.get(id)?.managerId ?? null;
    // The seen-set stops a (malformed) cyclic org from looping forever.
    while (managerId !== null && !seen.has(managerId)) {
      const manager = people.get(managerId);
      if (!manager) break;
      chain.push(copyPerson(manager));
      seen.add(managerId);
      managerId = manager.managerId;
    }
    return Promise.resolve(chain);
  }

  private people(tenantId: string): ReadonlyMap<string, Person> {
    return this.tenants.get(tenantId) ?? new Map<string, Person>();
  }

  private copies(people: Person[]): Person[] {
    return people.sort(byDisplayName).map(copyPerson);
  }
}

/** One entry of the dev sign-in picker. */
export interface DemoPerson {
  tenantId: string;
  tenantName: string;
  person: Person;
}

/** Everyone a developer can sign in as: Contoso first, then Fabrikam, each by display name. */
export function listDemoPeople(tenants: readonly DemoTenant[] = demoTenants()): DemoPerson[] {
  return tenants.flatMap((tenant) =>
    [...tenant.people]
      .sort(byDisplayName)
      .map((person) => ({ tenantId: tenant.id, tenantName: tenant.name, person })),
  );
}
