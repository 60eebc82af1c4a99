import type { KudosView } from '@northstar/shared';
import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_UNRELATED_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import {
  PRIVATE_EMPLOYEE_GOAL_ID,
  TEAM_GOAL_ID,
  allKudos,
  getKudos,
  kudosBody,
  postKudos,
} from './kudos-fixtures.js';

const GIVERS = [DEMO_MANAGER_ID, DEMO_UNRELATED_ID, DEMO_EMPLOYEE_ID, 'lee-gu', 'sofia-rossi'];

describe.each(['sqlite', 'cosmos'] as const)('on the %s store, kudos', (store) => {
  let host: TestHost;
  let tokens: Record<string, string>;
  beforeAll(async () => {
    host = await startTestHost({ store });
    const signed = await Promise.all(GIVERS.map(async (id) => [id, await host.signIn(id)]));
    tokens = Object.fromEntries(signed) as Record<string, string>;
  });
  afterAll(() => host.close());
  const as = (id: string): string => tokens[id] ?? '';

  it('offer the company values of the caller’s organisation', async () => {
    const res = await host.call('GET', '/api/settings/values', { token: as(DEMO_EMPLOYEE_ID) });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      values: ['Customer obsessed', 'One team', 'Own the outcome', 'Learn every day'],
    });
  });

  it('are given, then listed first on the receiver’s profile for anyone in the tenant', async () => {
    const body = { ...kudosBody(DEMO_EMPLOYEE_ID), goalId: TEAM_GOAL_ID };
    const given = await postKudos(host, as(DEMO_MANAGER_ID), body);
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({
      giverId: DEMO_MANAGER_ID,
      receiverId: DEMO_EMPLOYEE_ID,
      value: 'One team',
      message: 'Thanks for the help!',
      goal: { id: TEAM_GOAL_ID, title: expect.any(String) as string },
    });
    const listed = await getKudos(host, as(DEMO_UNRELATED_ID), DEMO_EMPLOYEE_ID, '?limit=5');
    expect(listed.status).toBe(200);
    expect(listed.body.items[0]).toEqual(given.body);
    expect(listed.body.items.length).toBeGreaterThan(1);
  });

  it('show the goal only to viewers who may see it', async () => {
    const body = { ...kudosBody(DEMO_EMPLOYEE_ID), goalId: PRIVATE_EMPLOYEE_GOAL_ID };
    const given = await postKudos(host, as(DEMO_MANAGER_ID), body);
    expect(given.body.goal).toMatchObject({ id: PRIVATE_EMPLOYEE_GOAL_ID });
    const seenBy = async (viewer: string) => {
      const res = await getKudos(host, as(viewer), DEMO_EMPLOYEE_ID);
      return (res.body.items as KudosView[]).find((k) => k.id === given.body.id);
    };
    expect((await seenBy(DEMO_EMPLOYEE_ID))?.goal?.id).toBe(PRIVATE_EMPLOYEE_GOAL_ID);
    const stranger = await seenBy(DEMO_UNRELATED_ID);
    expect(stranger).toBeDefined();
    expect(stranger).not.toHaveProperty('goal');
    expect(JSON.stringify(stranger)).not.toContain(PRIVATE_EMPLOYEE_GOAL_ID);
  });

  it('page newest first without gaps or repeats', async () => {
    const receiver = 'wei-chen';
    const ids: string[] = [];
    for (const [index, giver] of GIVERS.concat(GIVERS).entries()) {
      const res = await postKudos(host, as(giver), kudosBody(receiver, `Kudos ${String(index)}`));
      expect(res.status).toBe(201);
      ids.push(res.body.id as string);
    }
    const pages = await allKudos(host, as(DEMO_EMPLOYEE_ID), receiver, 3);
    expect(pages.map((page) => page.length)).toEqual([3, 3, 3, 1]);
    const listed = pages.flat();
    expect(listed.map((k) => k.message)).toEqual(ids.map((_, i) => `Kudos ${String(9 - i)}`));
    expect(new Set(listed.map((k) => k.id))).toEqual(new Set(ids));
  });

  it('lose none of 20 kudos given at the same time', async () => {
    const receiver = 'fatima-al-sayed';
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        postKudos(host, as(GIVERS[i % GIVERS.length] ?? ''), kudosBody(receiver, `#${String(i)}`)),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const listed = (await allKudos(host, as(DEMO_MANAGER_ID), receiver, 7)).flat();
    expect(listed.map((k) => k.id).sort()).toEqual(results.map((r) => r.body.id as string).sort());
  });

  it('are given once for a repeated Idempotency-Key, and a reused key for other kudos is 409', async () => {
    const key = { 'idempotency-key': `retry-${store}` };
    const body = kudosBody('ananya-iyer', 'Retried kudos');
    const first = await postKudos(host, as(DEMO_MANAGER_ID), body, key);
    const again = await postKudos(host, as(DEMO_MANAGER_ID), body, key);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body).toEqual(first.body);
    const other = await postKudos(host, as(DEMO_MANAGER_ID), { ...body, message: 'Other' }, key);
    expect(other.status).toBe(409);
    const listed = (await allKudos(host, as(DEMO_MANAGER_ID), 'ananya-iyer')).flat();
    expect(listed.filter((k) => k.message === 'Retried kudos')).toHaveLength(1);
  });
});
