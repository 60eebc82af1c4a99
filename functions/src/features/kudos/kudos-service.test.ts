import { openSqliteStores } from '../../adapters/sqlite/sqlite-stores.js';
import { DemoDirectory } from '../../adapters/demo/demo-directory.js';
import { seedDemoTenant } from '../../adapters/demo/demo-seed.js';
import {
  CONTOSO_TENANT_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_UNRELATED_ID,
} from '../../adapters/demo/demo-tenants.js';
import type { Stores } from '../../ports/stores.js';
import { resolveCaller, type Caller } from '../access/caller.js';
import { TenantSettingsService } from '../settings/tenant-settings-service.js';
import type { StoredKudos } from './kudos-deps.js';
import { kudosDocument, kudosOf, type KudosDeps } from './kudos-deps.js';
import { giveKudos, listKudos } from './kudos-service.js';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const clock = { now: () => NOW };
const THANKS = { receiverId: DEMO_EMPLOYEE_ID, value: 'One team', message: 'Thanks!' };

describe('kudos service', () => {
  let stores: Stores;
  let deps: KudosDeps;
  let callerOf: (id: string) => Promise<Caller>;
  beforeAll(async () => {
    stores = openSqliteStores({ filename: ':memory:' });
    await seedDemoTenant(stores, CONTOSO_TENANT_ID, NOW);
    const directory = new DemoDirectory();
    const settings = new TenantSettingsService(stores.settings, clock);
    deps = {
      feedback: stores.documents.collection<StoredKudos>('feedback'),
      goals: stores.goals,
      directory,
      clock,
    };
    callerOf = (userId) =>
      resolveCaller(
        { tenantId: CONTOSO_TENANT_ID, userId, name: userId, appRoles: [] },
        directory,
        settings,
      );
  });
  afterAll(() => stores.close());

  it('stores kudos from the caller and returns them as the giver sees them', async () => {
    const kudos = await giveKudos(deps, await callerOf(DEMO_MANAGER_ID), {
      ...THANKS,
      goalId: 'g-eng-weekly-releases',
    });
    expect(kudos).toMatchObject({
      giverId: DEMO_MANAGER_ID,
      receiverId: DEMO_EMPLOYEE_ID,
      createdAt: NOW.toISOString(),
      goal: { id: 'g-eng-weekly-releases', title: expect.any(String) as string },
    });
    const stored = await deps.feedback.get(CONTOSO_TENANT_ID, DEMO_EMPLOYEE_ID, kudos.id);
    expect(stored).toMatchObject({ kind: 'kudos', recipientId: DEMO_EMPLOYEE_ID });
  });

  it('gives the same kudos once for a repeated idempotency key', async () => {
    const giver = await callerOf(DEMO_UNRELATED_ID);
    const options = { idempotencyKey: 'activity-1' };
    const first = await giveKudos(deps, giver, THANKS, options);
    await expect(giveKudos(deps, giver, THANKS, options)).resolves.toEqual(first);
    await expect(
      giveKudos(deps, giver, { ...THANKS, message: 'Something else' }, options),
    ).rejects.toMatchObject({ code: 'conflict' });
    const page = await listKudos(deps, giver, DEMO_EMPLOYEE_ID, { limit: 200 });
    expect(page.items.filter((k) => k.id === first.id)).toHaveLength(1);
  });

  it.each([
    ['the giver as receiver', { receiverId: DEMO_MANAGER_ID }, 'body.receiverId'],
    ['a receiver in another tenant', { receiverId: 'marcus-bell' }, 'body.receiverId'],
    ['a value not exactly the tenant’s', { value: 'one team' }, 'body.value'],
    ['a goal that does not exist', { goalId: 'g-nothing' }, 'body.goalId'],
    ['a private goal of someone else', { goalId: 'g-isaiah-enterprise-deals' }, 'body.goalId'],
  ])('refuses %s (%j) naming %s', async (_label, change, field) => {
    const giving = giveKudos(deps, await callerOf(DEMO_MANAGER_ID), { ...THANKS, ...change });
    await expect(giving).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: [{ field, message: expect.any(String) as string }],
    });
  });

  it('names the allowed values when the value is not one of them', async () => {
    const giving = giveKudos(deps, await callerOf(DEMO_MANAGER_ID), { ...THANKS, value: 'Grit' });
    await expect(giving).rejects.toMatchObject({
      fieldErrors: [
        { message: expect.stringContaining('"Customer obsessed", "One team"') as string },
      ],
    });
  });

  it('keeps store fields out of the kudos it reads back', () => {
    const kudos = {
      id: 'k-1',
      tenantId: 't',
      giverId: 'a',
      receiverId: 'b',
      value: 'One team',
      message: 'Hi',
      createdAt: NOW.toISOString(),
    };
    expect(kudosOf({ ...kudosDocument(kudos), etag: '1' })).toEqual(kudos);
  });
});
