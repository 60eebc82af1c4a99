import { IdSchema, PersonSchema, type Person } from '@northstar/shared';
import {
  CONTOSO_TENANT_ID,
  DEMO_ADMIN_ID,
  DEMO_CEO_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_SKIP_LEVEL_ID,
  DEMO_UNRELATED_ID,
  FABRIKAM_CEO_ID,
  FABRIKAM_PERSON_ID,
  FABRIKAM_TENANT_ID,
  demoTenants,
} from './demo-tenants.js';

const tenants = demoTenants();
const contoso = tenants.find((t) => t.id === CONTOSO_TENANT_ID)!;
const fabrikam = tenants.find((t) => t.id === FABRIKAM_TENANT_ID)!;
const byId = (people: Person[]) => new Map(people.map((p) => [p.id, p]));
const contosoById = byId(contoso.people);

/** Length of the chain from `id` to the root, or -1 on a cycle or a dangling manager. */
function depth(people: Map<string, Person>, id: string): number {
  const seen = new Set<string>();
  let current = people.get(id);
  while (current) {
    if (seen.has(current.id)) return -1;
    seen.add(current.id);
    if (current.managerId === null) return seen.size;
    current = people.get(current.managerId);
  }
  return -1;
}

describe('demo tenants', () => {
  it('lists Contoso first, then Fabrikam', () => {
    expect(tenants.map((t) => t.name)).toEqual(['Contoso', 'Fabrikam']);
  });

  it.each([
    ['Contoso', contoso],
    ['Fabrikam', fabrikam],
  ])('%s: every person passes PersonSchema with unique ids and mails', (_name, tenant) => {
    for (const person of tenant.people) expect(PersonSchema.parse(person)).toEqual(person);
    expect(new Set(tenant.people.map((p) => p.id)).size).toBe(tenant.people.length);
    expect(new Set(tenant.people.map((p) => p.mail)).size).toBe(tenant.people.length);
  });

  it.each([
    ['Contoso', contoso],
    ['Fabrikam', fabrikam],
  ])('%s: the org is a tree with exactly one root and no cycles', (_name, tenant) => {
    const people = byId(tenant.people);
    expect(tenant.people.filter((p) => p.managerId === null)).toHaveLength(1);
    for (const person of tenant.people) expect(depth(people, person.id)).toBeGreaterThan(0);
  });

  it('Contoso has about 40 people in 4 departments besides the executive office', () => {
    const departments = new Set(contoso.people.map((p) => p.department));

    expect(contoso.people.length).toBeGreaterThanOrEqual(38);
    expect(contoso.people.length).toBeLessThanOrEqual(45);
    expect([...departments].sort()).toEqual(
      ['Engineering', 'Executive', 'Marketing', 'People & Operations', 'Sales'].sort(),
    );
    expect(contoso.people.filter((p) => p.department === 'Executive').map((p) => p.id)).toEqual([
      DEMO_CEO_ID,
    ]);
  });

  it('Contoso has a management chain four deep', () => {
    expect(Math.max(...contoso.people.map((p) => depth(contosoById, p.id)))).toBe(4);
  });

  it('mails are first.last at the tenant domain, ids are valid', () => {
    expect(contosoById.get('fatima-al-sayed')?.mail).toBe('fatima.al-sayed@contoso.example');
    for (const p of contoso.people) expect(p.mail).toMatch(/^[a-z-]+\.[a-z-]+@contoso\.example$/);
    for (const p of fabrikam.people) expect(p.mail).toMatch(/@fabrikam\.example$/);
    for (const p of [...contoso.people, ...fabrikam.people])
      expect(IdSchema.parse(p.id)).toBe(p.id);
  });

  it('working hours are in the person’s own, valid time zone; some differ from the default', () => {
    for (const p of contoso.people) {
      expect(p.workingHours.timeZone).toBe(p.timeZone);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: p.timeZone })).not.toThrow();
      expect(p.workingHours.startTime < p.workingHours.endTime).toBe(true);
    }
    expect(new Set(contoso.people.map((p) => p.timeZone)).size).toBeGreaterThanOrEqual(5);
    expect(contoso.people.filter((p) => p.workingHours.days.length < 5).length).toBeGreaterThan(1);
  });

  it('the named people stand where the tests expect them', () => {
    expect(contosoById.get(DEMO_CEO_ID)?.managerId).toBeNull();
    expect(contosoById.get(DEMO_EMPLOYEE_ID)?.managerId).toBe(DEMO_MANAGER_ID);
    expect(contosoById.get(DEMO_MANAGER_ID)?.managerId).toBe(DEMO_SKIP_LEVEL_ID);
    expect(contosoById.get(DEMO_SKIP_LEVEL_ID)?.managerId).toBe(DEMO_CEO_ID);
    expect(contosoById.get(DEMO_ADMIN_ID)?.department).toBe('People & Operations');
    expect(contosoById.get(DEMO_UNRELATED_ID)?.department).not.toBe(
      contosoById.get(DEMO_EMPLOYEE_ID)?.department,
    );
    expect(contoso.adminIds).toEqual([DEMO_ADMIN_ID]);
  });

  it('Fabrikam is three people with ids Contoso does not know', () => {
    expect(fabrikam.people).toHaveLength(3);
    expect(fabrikam.adminIds).toEqual([FABRIKAM_CEO_ID]);
    expect(byId(fabrikam.people).get(FABRIKAM_PERSON_ID)?.managerId).toBe(FABRIKAM_CEO_ID);
    for (const p of fabrikam.people) expect(contosoById.has(p.id)).toBe(false);
  });

  it('builds fresh copies, so one caller cannot change another’s data', () => {
    contoso.people[0]!.displayName = 'Changed';

    expect(demoTenants()[0]!.people[0]!.displayName).not.toBe('Changed');
  });
});
