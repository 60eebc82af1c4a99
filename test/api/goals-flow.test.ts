import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CONTOSO_TENANT_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { SEED_TEAM_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import { startTestHost, type TestHost } from './harness.js';

describe.each(['sqlite', 'cosmos'] as const)(
  'on the %s store, an employee writes, aligns and checks in a goal over HTTP',
  (store) => {
    let host: TestHost;
    let token: string;
    beforeAll(async () => {
      host = await startTestHost({ store });
      token = await host.signIn(DEMO_EMPLOYEE_ID);
    });
    afterAll(() => host.close());

    it('reports health and the active adapters without a token', async () => {
      const res = await host.call('GET', '/api/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok', store, directory: 'demo', auth: 'dev' });
    });

    it('tells the employee who they are, with their manager', async () => {
      const res = await host.call('GET', '/api/me', { token });
      expect(res.status).toBe(200);
      expect(res.body.tenantId).toBe(CONTOSO_TENANT_ID);
      expect(res.body.person.id).toBe(DEMO_EMPLOYEE_ID);
      expect(res.body.manager.id).toBe(DEMO_MANAGER_ID);
      expect(res.body.roles).toContain('employee');
    });

    it('lists company goals of the seeded organisation', async () => {
      const res = await host.call('GET', '/api/goals?level=company', { token });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThanOrEqual(3);
      expect(res.body.items.every((g: { level: string }) => g.level === 'company')).toBe(true);
    });

    it('creates a goal aligned to a team goal, checks in, and sees it roll up', async () => {
      const before = await host.call('GET', `/api/alignment?rootId=${SEED_TEAM_GOAL_ID}`, {
        token,
      });
      expect(before.status).toBe(200);
      const today = new Date().toISOString().slice(0, 10);
      const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      const created = await host.call('POST', '/api/goals', {
        token,
        body: {
          title: 'Cut checkout p95 latency to 300 ms',
          level: 'individual',
          parentIds: [{ goalId: SEED_TEAM_GOAL_ID, weight: 100 }],
          metric: { unit: 'ms', start: 900, target: 300 },
          startDate: today,
          dueDate: due,
        },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        ownerId: DEMO_EMPLOYEE_ID,
        visibility: 'private',
        progress: 0,
      });
      expect(created.headers.get('etag')).toBe(`"${created.body.etag as string}"`);

      const checkIn = await host.call('POST', `/api/goals/${created.body.id as string}/checkins`, {
        token,
        body: { value: 600, confidence: 8, note: 'Caching landed' },
      });
      expect(checkIn.status).toBe(201);
      expect(checkIn.body.goal.progress).toBeCloseTo(0.5);
      expect(checkIn.body.goal.lastConfidence).toBe(8);

      const tree = await host.call('GET', `/api/alignment?rootId=${SEED_TEAM_GOAL_ID}`, { token });
      const teamNode = tree.body.nodes.find(
        (n: { goal: { id: string } }) => n.goal.id === SEED_TEAM_GOAL_ID,
      );
      expect(teamNode.childIds).toContain(created.body.id);
      const mine = tree.body.nodes.find(
        (n: { goal: { id: string } }) => n.goal.id === created.body.id,
      );
      expect(mine.goal.progress).toBeCloseTo(0.5);
    });

    it('coaches a vague draft with plain-words hints', async () => {
      const res = await host.call('POST', '/api/goals/smart-check', {
        token,
        body: { title: 'Improve things', level: 'individual' },
      });
      expect(res.status).toBe(200);
      expect(res.body.overall).toBe('fail');
      const byCriterion = Object.fromEntries(
        res.body.findings.map((f: { criterion: string; verdict: string }) => [
          f.criterion,
          f.verdict,
        ]),
      );
      expect(byCriterion).toMatchObject({
        measurable: 'fail',
        relevant: 'fail',
        timeBound: 'fail',
      });
    });

    it('archives a goal with If-Match, and it leaves the default list', async () => {
      const due = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
      const created = await host.call('POST', '/api/goals', {
        token,
        body: {
          title: 'Write the on-call runbook for payments',
          level: 'development',
          parentIds: [{ goalId: SEED_TEAM_GOAL_ID, weight: 50 }],
          startDate: new Date().toISOString().slice(0, 10),
          dueDate: due,
        },
      });
      const id = created.body.id as string;
      const missing = await host.call('DELETE', `/api/goals/${id}`, { token });
      expect(missing.status).toBe(428);
      const archived = await host.call('DELETE', `/api/goals/${id}`, {
        token,
        headers: { 'if-match': created.headers.get('etag') ?? '' },
      });
      expect(archived.status).toBe(200);
      expect(archived.body.state).toBe('archived');
      const list = await host.call('GET', `/api/goals?ownerId=${DEMO_EMPLOYEE_ID}`, { token });
      expect(list.body.items.map((g: { id: string }) => g.id)).not.toContain(id);
    });

    it('serves an OpenAPI document generated from the contracts', async () => {
      const res = await host.call('GET', '/api/openapi.json');
      expect(res.status).toBe(200);
      expect(res.body.openapi).toBe('3.0.3');
      expect(Object.keys(res.body.paths)).toEqual(
        expect.arrayContaining([
          '/api/goals',
          '/api/goals/{id}',
          '/api/goals/{id}/checkins',
          '/api/alignment',
        ]),
      );
      expect(
        res.body.paths['/api/goals'].post.requestBody.content['application/json'].schema.required,
      ).toEqual(expect.arrayContaining(['title', 'level', 'startDate', 'dueDate']));
    });
  },
);

describe('the local store', () => {
  it('keeps goals across a restart of the host', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'northstar-restart-'));
    const first = await startTestHost({ dataDir });
    const token = await first.signIn(DEMO_EMPLOYEE_ID);
    const created = await first.call('POST', '/api/goals', {
      token,
      body: {
        title: 'Ship the offline mode beta to 50 users',
        level: 'individual',
        parentIds: [{ goalId: SEED_TEAM_GOAL_ID, weight: 10 }],
        startDate: new Date().toISOString().slice(0, 10),
        dueDate: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
      },
    });
    expect(created.status).toBe(201);
    await first.close();
    const second = await startTestHost({ dataDir });
    try {
      const again = await second.call('GET', `/api/goals/${created.body.id as string}`, {
        token: await second.signIn(DEMO_EMPLOYEE_ID),
      });
      expect(again.status).toBe(200);
      expect(again.body.title).toBe('Ship the offline mode beta to 50 users');
    } finally {
      await second.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
