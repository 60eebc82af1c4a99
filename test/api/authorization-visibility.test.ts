import {
  CONTOSO_TENANT_ID,
  DEMO_EMPLOYEE_ID,
  FABRIKAM_TENANT_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import {
  SEED_COMPANY_GOAL_ID,
  SEED_EMPLOYEE_GOAL_ID,
  SEED_TEAM_GOAL_ID,
} from '../../functions/src/adapters/demo/demo-seed.js';
import { CALLER_NAMES, MAY_SEE_PRIVATE, as, signInAll, type CallerName } from './callers.js';
import { createGoal, listAllGoalIds } from './goal-fixtures.js';
import { startTestHost, type TestHost } from './harness.js';
import type { ApiResponse } from './problem-assertions.js';

const SIGNED_IN = CALLER_NAMES.filter((c) => c !== 'noToken');
const SEES_PRIVATE = SIGNED_IN.map((caller) => [caller, MAY_SEE_PRIVATE.includes(caller)] as const);

/** A problem without what legitimately differs between two requests: trace id and the id asked for. */
function comparable(res: ApiResponse, id: string) {
  const rest: Record<string, unknown> = { ...res.body };
  delete rest.traceId;
  return { status: res.status, ...rest, detail: String(rest.detail).replaceAll(id, '<id>') };
}

describe('private goals and other tenants stay invisible', () => {
  let host: TestHost;
  let tokens: Record<CallerName, string | undefined>;
  beforeAll(async () => {
    host = await startTestHost();
    tokens = await signInAll(host);
  });
  afterAll(() => host.close());

  it.each(SEES_PRIVATE)('GET /api/goals as %s lists the private goal: %p', async (caller, sees) => {
    const ids = await listAllGoalIds(host, tokens[caller]!, 'includeArchived=true');
    expect(ids.includes(SEED_EMPLOYEE_GOAL_ID)).toBe(sees);
    const mine = await listAllGoalIds(host, tokens[caller]!, `ownerId=${DEMO_EMPLOYEE_ID}`);
    expect(mine.includes(SEED_EMPLOYEE_GOAL_ID)).toBe(sees);
  });

  it.each(SEES_PRIVATE)(
    'GET /api/alignment as %s shows the private goal: %p',
    async (caller, sees) => {
      const tree = await host.call('GET', '/api/alignment', { token: tokens[caller] });
      expect(tree.status).toBe(200);
      const nodes = tree.body.nodes as { goal: { id: string }; childIds: string[] }[];
      const ids = nodes.map((n) => n.goal.id);
      expect(ids.includes(SEED_EMPLOYEE_GOAL_ID)).toBe(sees);
      const childIds = nodes.flatMap((n) => n.childIds);
      expect(childIds.includes(SEED_EMPLOYEE_GOAL_ID)).toBe(sees);
    },
  );

  it.each(['unrelated', 'otherTenant'] as const)(
    'as %s, the private goal answers exactly like a goal that does not exist',
    async (caller) => {
      const token = tokens[caller];
      const probes = [
        (id: string) => host.call('GET', `/api/goals/${id}`, { token }),
        (id: string) => host.call('GET', `/api/goals/${id}/checkins`, { token }),
        (id: string) =>
          host.call('PATCH', `/api/goals/${id}`, {
            token,
            body: { title: 'Mine now' },
            headers: { 'if-match': '"1"' },
          }),
        (id: string) =>
          host.call('DELETE', `/api/goals/${id}`, { token, headers: { 'if-match': '"1"' } }),
        (id: string) =>
          host.call('POST', `/api/goals/${id}/checkins`, {
            token,
            body: { value: 1, confidence: 5 },
          }),
        (id: string) => host.call('GET', `/api/alignment?rootId=${id}`, { token }),
      ];
      for (const probe of probes) {
        const real = comparable(await probe(SEED_EMPLOYEE_GOAL_ID), SEED_EMPLOYEE_GOAL_ID);
        expect(real).toEqual(comparable(await probe('g-does-not-exist'), 'g-does-not-exist'));
      }
    },
  );

  it('shows the owner the private goal as an alignment root', async () => {
    const tree = await host.call('GET', `/api/alignment?rootId=${SEED_EMPLOYEE_GOAL_ID}`, {
      token: tokens.owner,
    });
    expect(tree.body.rootIds).toEqual([SEED_EMPLOYEE_GOAL_ID]);
  });

  it('lets the unrelated employee see a goal once it is public, but still not change it (403)', async () => {
    const goal = await createGoal(host, tokens.owner!, { visibility: 'public' });
    const seen = await host.call('GET', `/api/goals/${goal.id}`, { token: tokens.unrelated });
    expect(seen.status).toBe(200);
    const edit = await host.call('PATCH', `/api/goals/${goal.id}`, {
      token: tokens.unrelated,
      body: { title: 'Taken over' },
      headers: { 'if-match': `"${goal.etag}"` },
    });
    expect(edit.status).toBe(403);
  });

  it('gives the other tenant none of Contoso: no people, no goals, not even public ones', async () => {
    const token = tokens.otherTenant;
    expect((await host.call('GET', `/api/people/${DEMO_EMPLOYEE_ID}`, { token })).status).toBe(404);
    expect(
      (await host.call('GET', `/api/people/${DEMO_EMPLOYEE_ID}/reports`, { token })).status,
    ).toBe(404);
    const search = await host.call('GET', '/api/people?search=arjun', { token });
    expect(search.body.items).toEqual([]);
    for (const id of [SEED_COMPANY_GOAL_ID, SEED_TEAM_GOAL_ID]) {
      expect((await host.call('GET', `/api/goals/${id}`, { token })).status).toBe(404);
    }
    const ids = await listAllGoalIds(host, token!, 'includeArchived=true');
    const contoso = await listAllGoalIds(host, tokens.admin!, 'includeArchived=true');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => contoso.includes(id))).toEqual([]);
    const page = await host.call('GET', '/api/goals?limit=200', { token });
    const items = page.body.items as { tenantId: string }[];
    expect(new Set(items.map((g) => g.tenantId))).toEqual(new Set([FABRIKAM_TENANT_ID]));
    const tree = await host.call('GET', '/api/alignment', { token });
    const nodes = tree.body.nodes as { goal: { tenantId: string } }[];
    expect(new Set(nodes.map((n) => n.goal.tenantId))).toEqual(new Set([FABRIKAM_TENANT_ID]));
  });

  it.each([
    ['admin', ['employee', 'manager', 'admin']],
    ['manager', ['employee', 'manager']],
    ['owner', ['employee']],
    ['unrelated', ['employee']],
  ] as const)('GET /api/me gives %s the roles %p', async (caller, roles) => {
    const me = await host.call('GET', '/api/me', as(tokens[caller]));
    expect(me.body.tenantId).toBe(CONTOSO_TENANT_ID);
    expect([...me.body.roles].sort()).toEqual([...roles].sort());
  });
});
