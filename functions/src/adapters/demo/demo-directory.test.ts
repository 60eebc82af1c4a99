import { PersonSchema, type Person } from '@northstar/shared';
import { DemoDirectory, listDemoPeople } from './demo-directory.js';
import {
  CONTOSO_TENANT_ID,
  DEMO_CEO_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_SKIP_LEVEL_ID,
  DEMO_UNRELATED_ID,
  FABRIKAM_CEO_ID,
  FABRIKAM_PERSON_ID,
  FABRIKAM_TENANT_ID,
  type DemoTenant,
} from './demo-tenants.js';

const directory = new DemoDirectory();
const ids = (people: Person[]) => people.map((p) => p.id);

describe('DemoDirectory', () => {
  it('finds a person by id', async () => {
    const person = await directory.getPerson(CONTOSO_TENANT_ID, DEMO_EMPLOYEE_ID);

    expect(person?.displayName).toBe('Arjun Mehta');
    expect(PersonSchema.parse(person)).toEqual(person);
  });

  it.each([
    ['an unknown id', CONTOSO_TENANT_ID, 'nobody-here'],
    ['a Fabrikam id in Contoso', CONTOSO_TENANT_ID, FABRIKAM_PERSON_ID],
    ['a Contoso id in Fabrikam', FABRIKAM_TENANT_ID, DEMO_EMPLOYEE_ID],
    ['an unknown tenant', 'not-a-tenant', DEMO_EMPLOYEE_ID],
  ])('gives null for %s', async (_case, tenantId, id) => {
    await expect(directory.getPerson(tenantId, id)).resolves.toBeNull();
  });

  it.each([
    ['the employee', DEMO_EMPLOYEE_ID, [DEMO_MANAGER_ID, DEMO_SKIP_LEVEL_ID, DEMO_CEO_ID]],
    ['the manager', DEMO_MANAGER_ID, [DEMO_SKIP_LEVEL_ID, DEMO_CEO_ID]],
    ['the CEO', DEMO_CEO_ID, []],
    ['an unknown id', 'nobody-here', []],
  ])('gives the management chain of %s', async (_case, id, chain) => {
    expect(ids(await directory.getManagementChain(CONTOSO_TENANT_ID, id))).toEqual(chain);
  });

  it('gives Fabrikam chains inside Fabrikam only', async () => {
    expect(ids(await directory.getManagementChain(FABRIKAM_TENANT_ID, FABRIKAM_PERSON_ID))).toEqual(
      [FABRIKAM_CEO_ID],
    );
    await expect(
      directory.getManagementChain(CONTOSO_TENANT_ID, FABRIKAM_PERSON_ID),
    ).resolves.toEqual([]);
  });

  it('gives direct reports sorted by name', async () => {
    const reports = await directory.getDirectReports(CONTOSO_TENANT_ID, DEMO_MANAGER_ID);

    expect(ids(reports)).toContain(DEMO_EMPLOYEE_ID);
    expect(reports.every((p) => p.managerId === DEMO_MANAGER_ID)).toBe(true);
    expect(reports.map((p) => p.displayName)).toEqual(
      reports.map((p) => p.displayName).sort((a, b) => a.localeCompare(b, 'en')),
    );
  });

  it.each([
    ['an individual contributor', CONTOSO_TENANT_ID, DEMO_EMPLOYEE_ID],
    ['a Fabrikam manager in Contoso', CONTOSO_TENANT_ID, FABRIKAM_CEO_ID],
    ['a Contoso manager in Fabrikam', FABRIKAM_TENANT_ID, DEMO_MANAGER_ID],
  ])('gives no reports for %s', async (_case, tenantId, id) => {
    await expect(directory.getDirectReports(tenantId, id)).resolves.toEqual([]);
  });

  it.each([
    ['name, any case', 'arJUN', ['arjun-mehta']],
    ['name without accents', 'tomas', ['tomas-novak']],
    ['mail', 'mei.lin@', ['mei-lin']],
    ['job title', 'site reliability', ['grady-archie']],
    ['nothing that matches', 'zzz', []],
    ['a Fabrikam name', 'Marcus', []],
  ])('searches by %s', async (_case, search, expected) => {
    expect(ids(await directory.searchPeople(CONTOSO_TENANT_ID, search, 50))).toEqual(expected);
  });

  it('searches by department', async () => {
    const found = await directory.searchPeople(CONTOSO_TENANT_ID, 'people & op', 50);

    expect(found.length).toBeGreaterThan(3);
    expect(found.every((p) => p.department === 'People & Operations')).toBe(true);
  });

  it('sorts search results by name and applies the limit', async () => {
    const all = await directory.searchPeople(CONTOSO_TENANT_ID, 'engineer', 50);
    const three = await directory.searchPeople(CONTOSO_TENANT_ID, 'engineer', 3);

    expect(all.length).toBeGreaterThan(3);
    expect(all.map((p) => p.displayName)).toEqual(
      all.map((p) => p.displayName).sort((a, b) => a.localeCompare(b, 'en')),
    );
    expect(three).toEqual(all.slice(0, 3));
  });

  it('hands out copies that cannot change the directory', async () => {
    const person = await directory.getPerson(CONTOSO_TENANT_ID, DEMO_UNRELATED_ID);
    person!.displayName = 'Changed';

    const again = await directory.getPerson(CONTOSO_TENANT_ID, DEMO_UNRELATED_ID);
    expect(again?.displayName).toBe('Isaiah Langer');
  });

  it('hands out copies down to the working days, from every lookup', async () => {
    const lookups = [
      () => directory.getPerson(CONTOSO_TENANT_ID, DEMO_EMPLOYEE_ID),
      async () => (await directory.getDirectReports(CONTOSO_TENANT_ID, DEMO_MANAGER_ID))[0],
      async () => (await directory.getManagementChain(CONTOSO_TENANT_ID, DEMO_EMPLOYEE_ID))[0],
    ];
    for (const lookup of lookups) {
      const before = await lookup();
      const changed = await lookup();
      changed!.workingHours.days.push('sunday');
      changed!.workingHours.startTime = '00:00';

      await expect(lookup()).resolves.toEqual(before);
    }
  });

  it('stops at a cycle in a malformed org', async () => {
    const person = (id: string, managerId: string): Person => ({
      ...listDemoPeople()[0]!.person,
      id,
      managerId,
    });
    const cyclic: DemoTenant = {
      id: 't',
      name: 'Loop',
      adminIds: [],
      people: [person('a', 'b'), person('b', 'c'), person('c', 'a')],
    };

    const chain = await new DemoDirectory([cyclic]).getManagementChain('t', 'a');
    expect(ids(chain)).toEqual(['b', 'c']);
  });
});

describe('listDemoPeople', () => {
  it('lists Contoso people first, then Fabrikam, each tenant sorted by name', () => {
    const people = listDemoPeople();
    const contoso = people.filter((p) => p.tenantId === CONTOSO_TENANT_ID);
    const names = contoso.map((p) => p.person.displayName);

    expect(people[0]?.tenantName).toBe('Contoso');
    expect(people.at(-1)?.tenantName).toBe('Fabrikam');
    expect(people.findIndex((p) => p.tenantId === FABRIKAM_TENANT_ID)).toBe(contoso.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(people.filter((p) => p.tenantName === 'Fabrikam')).toHaveLength(3);
  });
});
