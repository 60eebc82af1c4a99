import { startTestHost, type TestHost } from './harness.js';
import {
  createDraftCycle,
  ifMatch,
  moveCycle,
  signInCycleCallers,
  type CycleCallers,
} from './cycles-fixtures.js';
import { expectFieldProblem, expectProblem } from './problem-assertions.js';
import { SELF_REVIEW_NOW, day } from './reviews-fixtures.js';

const EXTENDED = { ...SELF_REVIEW_NOW, selfReview: { start: day(-1), end: day(4) } };

describe.each(['sqlite', 'cosmos'] as const)('on the %s store, one review cycle', (store) => {
  let host: TestHost;
  let as: CycleCallers;
  beforeAll(async () => {
    host = await startTestHost({ store });
    as = await signInCycleCallers(host);
  });
  afterAll(() => host.close());

  it('is read by any member of the organisation, with its ETag', async () => {
    const cycle = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    for (const token of [as.employee, as.manager, as.admin]) {
      const res = await host.call('GET', `/api/cycles/${cycle.id}`, { token });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: cycle.id, state: 'draft', etag: cycle.etag });
      expect(res.headers.get('etag')).toBe(`"${cycle.etag}"`);
    }
  });

  it.each([
    ['another organisation', 404, 'otherTenant'],
    ['another organisation’s admin', 404, 'fabrikamAdmin'],
    ['no token', 401, null],
  ] as const)('is hidden from %s (%i)', async (_who, status, name) => {
    const cycle = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    const token = name === null ? {} : { token: as[name] };
    expectProblem(await host.call('GET', `/api/cycles/${cycle.id}`, token), status);
    const patch = await host.call('PATCH', `/api/cycles/${cycle.id}`, {
      ...token,
      headers: ifMatch(cycle.etag),
      body: { name: 'Renamed' },
    });
    expectProblem(patch, status);
  });

  it('answers 404 for an unknown cycle and 400 naming a malformed id', async () => {
    expectProblem(await host.call('GET', '/api/cycles/c-nope', { token: as.admin }), 404);
    const bad = await host.call('GET', '/api/cycles/bad%20id', { token: as.admin });
    expectFieldProblem(bad, 'params.id');
  });

  it('is renamed and its dates moved by an admin with If-Match, with a new ETag', async () => {
    const cycle = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    const res = await host.call('PATCH', `/api/cycles/${cycle.id}`, {
      token: as.admin,
      headers: ifMatch(cycle.etag),
      body: { name: 'Engineering H2 review (extended)', phases: EXTENDED },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Engineering H2 review (extended)', phases: EXTENDED });
    expect(res.body.etag).not.toBe(cycle.etag);
    expect(res.headers.get('etag')).toBe(`"${res.body.etag as string}"`);
    const read = await host.call('GET', `/api/cycles/${cycle.id}`, { token: as.employee });
    expect(read.body).toEqual(res.body);
  });

  it.each(['employee', 'manager'] as const)('refuses a change by the %s (403)', async (name) => {
    const cycle = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    const res = await host.call('PATCH', `/api/cycles/${cycle.id}`, {
      token: as[name],
      headers: ifMatch(cycle.etag),
      body: { name: 'Mine now' },
    });
    expect(expectProblem(res, 403).detail).toMatch(/Only an admin/);
  });

  it.each([
    [undefined, 428],
    ['"stale"', 412],
  ])('answers If-Match %s with %i and changes nothing', async (header, status) => {
    const cycle = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    const res = await host.call('PATCH', `/api/cycles/${cycle.id}`, {
      token: as.admin,
      headers: header === undefined ? {} : { 'if-match': header },
      body: { name: 'Renamed' },
    });
    expectProblem(res, status);
    const read = await host.call('GET', `/api/cycles/${cycle.id}`, { token: as.admin });
    expect(read.body.name).toBe('Engineering H2 review');
  });

  it('refuses to change a closed cycle with the reason (409)', async () => {
    const draft = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    const closed = await moveCycle(
      host,
      as.admin,
      await moveCycle(host, as.admin, draft, 'open'),
      'closed',
    );
    const res = await host.call('PATCH', `/api/cycles/${closed.id}`, {
      token: as.admin,
      headers: ifMatch(closed.etag),
      body: { phases: EXTENDED },
    });
    expect(expectProblem(res, 409).detail).toBe(
      'The review cycle "Engineering H2 review" is closed; its name and dates can no longer change.',
    );
  });

  it.each([
    [{}, 'body'],
    [{ name: 'x' }, 'body.name'],
    [{ name: 42 }, 'body.name'],
    [{ state: 'closed' }, 'body'],
    [{ periodId: 'fy27-q3' }, 'body'],
    [{ phases: { ...SELF_REVIEW_NOW, release: '2000-01-01' } }, 'body.phases.release'],
    [{ phases: { ...SELF_REVIEW_NOW, acknowledgeBy: undefined } }, 'body.phases.acknowledgeBy'],
    [
      { phases: { ...SELF_REVIEW_NOW, selfReview: { start: 'soon', end: day(3) } } },
      'body.phases.selfReview.start',
    ],
  ])('rejects the body %j naming %s', async (body, field) => {
    const cycle = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    const res = await host.call('PATCH', `/api/cycles/${cycle.id}`, {
      token: as.admin,
      headers: ifMatch(cycle.etag),
      body,
    });
    expectFieldProblem(res, field);
  });

  it('lets exactly one of two changes with the same ETag win', async () => {
    const cycle = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    const rename = (name: string) =>
      host.call('PATCH', `/api/cycles/${cycle.id}`, {
        token: as.admin,
        headers: ifMatch(cycle.etag),
        body: { name },
      });
    const answers = await Promise.all([rename('First rename'), rename('Second rename')]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412]);
    const winner = answers.find((a) => a.status === 200)!;
    const read = await host.call('GET', `/api/cycles/${cycle.id}`, { token: as.admin });
    expect(read.body.name).toBe(winner.body.name);
  });
});
