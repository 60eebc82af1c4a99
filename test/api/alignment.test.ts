import { DEMO_ADMIN_ID, DEMO_MANAGER_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import {
  SEED_COMPANY_GOAL_ID,
  SEED_EMPLOYEE_GOAL_ID,
  SEED_TEAM_GOAL_ID,
} from '../../functions/src/adapters/demo/demo-seed.js';
import { startTestHost, type TestHost } from './harness.js';

interface Node {
  goal: { id: string; level: string; progress: number };
  childIds: string[];
  flags: { code: string; message: string }[];
}

describe('the alignment tree over HTTP', () => {
  let host: TestHost;
  let admin: string;
  beforeAll(async () => {
    host = await startTestHost();
    admin = await host.signIn(DEMO_ADMIN_ID);
  });
  afterAll(() => host.close());

  it('shows the seeded organisation with coverage, orphan and stale flags', async () => {
    const res = await host.call('GET', '/api/alignment', { token: admin });
    expect(res.status).toBe(200);
    const nodes = res.body.nodes as Node[];
    const roots = nodes.filter((n) => res.body.rootIds.includes(n.goal.id));
    expect(roots.filter((n) => n.goal.level === 'company').length).toBeGreaterThanOrEqual(3);
    const codes = new Set(nodes.flatMap((n) => n.flags.map((f) => f.code)));
    expect([...codes]).toEqual(expect.arrayContaining(['orphan', 'stale']));
    const { aligned, total, ratio } = res.body.coverage;
    expect(total).toBeGreaterThan(aligned);
    expect(ratio).toBeCloseTo(aligned / total);
  });

  it('rolls a metric-less parent up from its weighted children', async () => {
    const manager = await host.signIn(DEMO_MANAGER_ID);
    const dates = {
      startDate: new Date().toISOString().slice(0, 10),
      dueDate: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
    };
    const create = (body: object) =>
      host.call('POST', '/api/goals', { token: manager, body: { ...dates, ...body } });
    const parent = await create({
      title: 'Launch the partner API in two regions',
      level: 'team',
      parentIds: [{ goalId: SEED_COMPANY_GOAL_ID, weight: 10 }],
    });
    const child = (title: string, weight: number) =>
      create({
        title,
        level: 'individual',
        parentIds: [{ goalId: parent.body.id, weight }],
        metric: { unit: 'endpoints', start: 0, target: 10 },
      });
    const heavy = await child('Ship 10 partner endpoints in West Europe', 3);
    const light = await child('Ship 10 partner endpoints in East US', 1);
    for (const [goal, value] of [
      [heavy, 10],
      [light, 2],
    ] as const) {
      const res = await host.call('POST', `/api/goals/${goal.body.id as string}/checkins`, {
        token: manager,
        body: { value, confidence: 7 },
      });
      expect(res.status).toBe(201);
    }
    const res = await host.call('GET', `/api/alignment?rootId=${parent.body.id as string}`, {
      token: manager,
    });
    const nodes = new Map((res.body.nodes as Node[]).map((n) => [n.goal.id, n]));
    // (3 x 1.0 + 1 x 0.2) / 4
    expect(nodes.get(parent.body.id)?.goal.progress).toBeCloseTo(0.8);
    expect(nodes.get(parent.body.id)?.childIds.sort()).toEqual(
      [heavy.body.id, light.body.id].sort(),
    );
    expect(nodes.get(SEED_COMPANY_GOAL_ID)?.childIds).toContain(parent.body.id);
    const direct = await host.call('GET', `/api/goals/${parent.body.id as string}`, {
      token: manager,
    });
    expect(direct.body.progress).toBeCloseTo(0.8);
  });

  it('refuses an edit that would close a loop in the alignment, naming parentIds', async () => {
    const manager = await host.signIn(DEMO_MANAGER_ID);
    const team = await host.call('GET', `/api/goals/${SEED_TEAM_GOAL_ID}`, { token: manager });
    const res = await host.call('PATCH', `/api/goals/${SEED_TEAM_GOAL_ID}`, {
      token: manager,
      headers: { 'if-match': team.headers.get('etag') ?? '' },
      body: { parentIds: [{ goalId: SEED_EMPLOYEE_GOAL_ID, weight: 50 }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('body.parentIds');
    expect(res.body.errors[0].message).toContain('loop');
    const after = await host.call('GET', `/api/goals/${SEED_TEAM_GOAL_ID}`, { token: manager });
    expect(after.body.etag).toBe(team.body.etag);
  });

  it('answers an unknown rootId with an empty tree, not an error', async () => {
    const res = await host.call('GET', '/api/alignment?rootId=no-such-goal', { token: admin });
    expect(res.status).toBe(200);
    expect(res.body.nodes).toEqual([]);
  });
});
