import { DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { createGoal, type CreatedGoal } from './goal-fixtures.js';
import { startTestHost, type TestHost } from './harness.js';
import { expectProblem } from './problem-assertions.js';

// Cosmos too: there the goal update really races (etag 412s and retries), unlike SQLite.
describe.each(['sqlite', 'cosmos'] as const)('optimistic concurrency over HTTP on %s', (store) => {
  let host: TestHost;
  let token: string;
  beforeAll(async () => {
    host = await startTestHost({ store });
    token = await host.signIn(DEMO_EMPLOYEE_ID);
  });
  afterAll(() => host.close());

  function patch(goal: Pick<CreatedGoal, 'id'>, body: unknown, ifMatch?: string) {
    return host.call('PATCH', `/api/goals/${goal.id}`, {
      token,
      body,
      ...(ifMatch === undefined ? {} : { headers: { 'if-match': ifMatch } }),
    });
  }

  it('refuses a PATCH without If-Match with 428, changing nothing', async () => {
    const goal = await createGoal(host, token);
    const res = await patch(goal, { title: 'Changed without a precondition' });
    expect(expectProblem(res, 428).code).toBe('precondition_required');
    const after = await host.call('GET', `/api/goals/${goal.id}`, { token });
    expect(after.body).toMatchObject({
      title: 'Cut checkout p95 latency to 300 ms',
      etag: goal.etag,
    });
  });

  it('refuses a PATCH with a stale etag with 412 and keeps the newer edit', async () => {
    const goal = await createGoal(host, token);
    const first = await patch(goal, { title: 'First writer wins this one' }, `"${goal.etag}"`);
    expect(first.status).toBe(200);
    const stale = await patch(goal, { title: 'Second writer loaded it earlier' }, `"${goal.etag}"`);
    expect(expectProblem(stale, 412).code).toBe('precondition_failed');
    const after = await host.call('GET', `/api/goals/${goal.id}`, { token });
    expect(after.body.title).toBe('First writer wins this one');
    expect(after.body.etag).toBe(first.body.etag);
    expect(after.headers.get('etag')).toBe(first.headers.get('etag'));
  });

  it.each([
    ['quoted', (etag: string) => `"${etag}"`],
    ['weak', (etag: string) => `W/"${etag}"`],
    ['bare', (etag: string) => etag],
    ['padded', (etag: string) => `  "${etag}" `],
  ])('accepts the current etag in %s form and answers a new ETag', async (_form, spell) => {
    const goal = await createGoal(host, token);
    const res = await patch(goal, { title: 'Renamed with the right etag' }, spell(goal.etag));
    expect(res.status).toBe(200);
    expect(res.body.title).toBe('Renamed with the right etag');
    expect(res.body.etag).not.toBe(goal.etag);
    expect(res.headers.get('etag')).toBe(`"${res.body.etag as string}"`);
    const again = await patch(goal, { title: 'Renamed twice' }, `"${res.body.etag as string}"`);
    expect(again.status).toBe(200);
  });

  it('answers 412, not 200, to an If-Match naming no version of the goal', async () => {
    const goal = await createGoal(host, token);
    for (const ifMatch of ['"not-a-version"', '"999"', '""']) {
      expectProblem(await patch(goal, { title: 'Should not land' }, ifMatch), 412);
    }
    const after = await host.call('GET', `/api/goals/${goal.id}`, { token });
    expect(after.body.etag).toBe(goal.etag);
  });

  it('lets exactly one of 10 concurrent PATCHes with the same etag win; the rest get 412', async () => {
    const goal = await createGoal(host, token);
    const titles = Array.from({ length: 10 }, (_, i) => `Concurrent rename number ${i}`);
    const results = await Promise.all(
      titles.map((title) => patch(goal, { title }, `"${goal.etag}"`)),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, ...Array.from({ length: 9 }, () => 412)]);
    const winner = results.find((r) => r.status === 200)!;
    const after = await host.call('GET', `/api/goals/${goal.id}`, { token });
    expect(after.body).toMatchObject({ title: winner.body.title, etag: winner.body.etag });
  });

  it('records 20 concurrent check-ins on one goal and ends at the latest', async () => {
    const goal = await createGoal(host, token, { metric: { unit: 'ms', start: 900, target: 300 } });
    const values = Array.from({ length: 20 }, (_, i) => 880 - i * 25);
    const results = await Promise.all(
      values.map((value, i) =>
        host.call('POST', `/api/goals/${goal.id}/checkins`, {
          token,
          body: { value, confidence: i % 11, note: `writer ${i}` },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(values.map(() => 201));

    const list = await host.call('GET', `/api/goals/${goal.id}/checkins?limit=50`, { token });
    expect(list.status).toBe(200);
    const items: { id: string; value: number; confidence: number; createdAt: string }[] =
      list.body.items;
    expect(items).toHaveLength(20);
    expect(items.map((c) => c.value).sort((a, b) => a - b)).toEqual(
      [...values].sort((a, b) => a - b),
    );
    expect(new Set(items.map((c) => c.id)).size).toBe(20);
    expect(items.map((c) => c.id).sort()).toEqual(
      results.map((r) => r.body.checkIn.id as string).sort(),
    );
    const createdAts = items.map((c) => c.createdAt);
    expect(createdAts).toEqual([...createdAts].sort().reverse());

    const newest = items[0]!;
    const after = await host.call('GET', `/api/goals/${goal.id}`, { token });
    expect(after.body).toMatchObject({
      current: newest.value,
      lastConfidence: newest.confidence,
      lastCheckInAt: newest.createdAt,
    });
    expect(after.body.progress).toBeCloseTo((900 - newest.value) / 600);
  });
});
