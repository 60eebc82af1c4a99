import { CompanyValuesSchema, KudosSchema, canViewGoal } from '@northstar/shared';
import { openSqliteStores } from '../sqlite/sqlite-stores.js';
import { DemoDirectory } from './demo-directory.js';
import { demoGoals, seedDemoTenant } from './demo-seed.js';
import { CONTOSO_COMPANY_VALUES, demoCompanyValues, demoKudos } from './demo-seed-kudos.js';
import { CONTOSO_TENANT_ID, DEMO_EMPLOYEE_ID, FABRIKAM_TENANT_ID } from './demo-tenants.js';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const KUDOS = demoKudos(CONTOSO_TENANT_ID, NOW);

describe('demoCompanyValues', () => {
  it.each([CONTOSO_TENANT_ID, FABRIKAM_TENANT_ID])('gives %s valid company values', (tenantId) => {
    expect(CompanyValuesSchema.parse(demoCompanyValues(tenantId))).toEqual(
      demoCompanyValues(tenantId),
    );
  });

  it('gives Contoso its four values, in order', () => {
    expect(demoCompanyValues(CONTOSO_TENANT_ID)).toEqual([
      'Customer obsessed',
      'One team',
      'Own the outcome',
      'Learn every day',
    ]);
  });
});

describe('demoKudos', () => {
  const directory = new DemoDirectory();

  it('gives Contoso a handful of valid kudos and Fabrikam none', () => {
    expect(KUDOS.length).toBeGreaterThanOrEqual(5);
    for (const kudos of KUDOS) expect(KudosSchema.parse(kudos)).toEqual(kudos);
    expect(demoKudos(FABRIKAM_TENANT_ID, NOW)).toEqual([]);
  });

  it.each(KUDOS)('$id is between two Contoso people, for a Contoso value', async (kudos) => {
    expect(kudos.giverId).not.toBe(kudos.receiverId);
    await expect(directory.getPerson(CONTOSO_TENANT_ID, kudos.giverId)).resolves.not.toBeNull();
    await expect(directory.getPerson(CONTOSO_TENANT_ID, kudos.receiverId)).resolves.not.toBeNull();
    expect(CONTOSO_COMPANY_VALUES).toContain(kudos.value);
    expect(Date.parse(kudos.createdAt)).toBeLessThan(NOW.getTime());
  });

  it('ties kudos only to seeded goals their giver may see', () => {
    const goals = new Map(demoGoals(CONTOSO_TENANT_ID, NOW).map(({ goal }) => [goal.id, goal]));
    const tied = KUDOS.filter((k) => k.goalId !== undefined);
    expect(tied.length).toBeGreaterThan(0);
    for (const kudos of tied) {
      const goal = goals.get(kudos.goalId ?? '');
      const viewer = { id: kudos.giverId, isAdmin: false, isManager: false };
      expect(goal !== undefined && canViewGoal(viewer, goal, [])).toBe(true);
    }
  });

  it('gives the demo employee several kudos, so his profile is not empty', () => {
    expect(KUDOS.filter((k) => k.receiverId === DEMO_EMPLOYEE_ID).length).toBeGreaterThan(1);
  });
});

describe('seedDemoTenant with kudos', () => {
  it('stores Contoso kudos in the feedback collection, partitioned by receiver', async () => {
    const stores = openSqliteStores({ filename: ':memory:' });
    await seedDemoTenant(stores, CONTOSO_TENANT_ID, NOW);
    const page = await stores.documents
      .collection('feedback')
      .query(CONTOSO_TENANT_ID, { partition: DEMO_EMPLOYEE_ID, newestFirst: true }, { limit: 50 });
    const expected = KUDOS.filter((k) => k.receiverId === DEMO_EMPLOYEE_ID).reverse();
    expect(page.items.map((doc) => doc.id)).toEqual(expected.map((k) => k.id));
    await stores.close();
  });
});
