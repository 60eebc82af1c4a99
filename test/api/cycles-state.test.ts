import { DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import {
  createDraftCycle,
  ifMatch,
  moveCycle,
  signInCycleCallers,
  type CycleCallers,
} from './cycles-fixtures.js';
import { expectFieldProblem, expectProblem } from './problem-assertions.js';
import { SELF_REVIEW_NOW } from './reviews-fixtures.js';

const NAME = 'The review cycle "Engineering H2 review"';

describe.each(['sqlite', 'cosmos'] as const)('on the %s store, a cycle changes state', (store) => {
  let host: TestHost;
  let as: CycleCallers;
  beforeAll(async () => {
    host = await startTestHost({ store });
    as = await signInCycleCallers(host);
  });
  afterAll(() => host.close());

  const move = (cycle: { id: string; etag: string }, state: string, token = as.admin) =>
    host.call('POST', `/api/cycles/${cycle.id}/state`, {
      token,
      headers: ifMatch(cycle.etag),
      body: { state },
    });

  it('opens like POST /open (creating the reviews), then closes, auditing each step', async () => {
    const draft = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    const opened = await move(draft, 'open');
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ cycle: { state: 'open' }, created: 13, skipped: [] });
    expect(opened.headers.get('etag')).toBe(`"${opened.body.cycle.etag as string}"`);
    const again = await move({ id: draft.id, etag: opened.body.cycle.etag }, 'open');
    expect(again.body).toMatchObject({ created: 0, cycle: { etag: opened.body.cycle.etag } });
    const closed = await move({ id: draft.id, etag: opened.body.cycle.etag }, 'closed');
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ cycle: { state: 'closed' }, created: 0, skipped: [] });
    const audit = await host.app.services.stores.documents
      .collection('audit')
      .query(closed.body.cycle.tenantId, { partition: draft.id }, { limit: 10 });
    expect(audit.items.map((a: any) => [a.action, a.subjectKind, a.subjectId])).toEqual([
      ['create_cycle', 'cycle', draft.id],
      ['open_cycle', 'cycle', draft.id],
      ['close_cycle', 'cycle', draft.id],
    ]);
  });

  it('freezes every review of a closed cycle with a 409 that says so', async () => {
    const draft = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    const closed = await moveCycle(
      host,
      as.admin,
      await moveCycle(host, as.admin, draft, 'open'),
      'closed',
    );
    const list = await host.call(
      'GET',
      `/api/reviews?cycleId=${closed.id}&revieweeId=${DEMO_EMPLOYEE_ID}`,
      { token: as.employee },
    );
    const review = list.body.items[0];
    expect(review).toMatchObject({ phase: 'closed', allowedActions: [] });
    const edit = await host.call('PATCH', `/api/reviews/${review.id as string}`, {
      token: as.employee,
      headers: ifMatch(review.etag),
      body: { section: 'self', answers: { q2: { text: 'Too late' } } },
    });
    expect(expectProblem(edit, 409).detail).toBe(
      `${NAME} is closed; its reviews can no longer change.`,
    );
    const reopen = await host.call('POST', `/api/reviews/${review.id as string}/actions`, {
      token: as.manager,
      headers: ifMatch(review.etag),
      body: { action: 'reopen_self' },
    });
    expectProblem(reopen, 409);
  });

  it.each([
    ['closes a draft', [], 'closed', `${NAME} was never opened, so there is nothing to close.`],
    ['closes a closed cycle', ['open', 'closed'], 'closed', `${NAME} is closed for good.`],
    ['opens a closed cycle', ['open', 'closed'], 'open', `${NAME} is closed for good.`],
  ] as const)('refuses when an admin %s (409)', async (_case, path, to, reason) => {
    let cycle = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    for (const state of path) cycle = await moveCycle(host, as.admin, cycle, state);
    const res = await move(cycle, to);
    expect(expectProblem(res, 409).detail).toBe(reason);
  });

  it.each([
    ['employee', 403],
    ['manager', 403],
    ['otherTenant', 404],
    ['fabrikamAdmin', 404],
  ] as const)('refuses the %s (%i), and POST /open alike', async (name, status) => {
    const cycle = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    expectProblem(await move(cycle, 'open', as[name]), status);
    const open = await host.call('POST', `/api/cycles/${cycle.id}/open`, {
      token: as[name],
      headers: ifMatch(cycle.etag),
    });
    expectProblem(open, status);
    const read = await host.call('GET', `/api/cycles/${cycle.id}`, { token: as.admin });
    expect(read.body.state).toBe('draft');
  });

  it.each([
    [undefined, 428],
    ['"stale"', 412],
  ])('answers If-Match %s with %i', async (header, status) => {
    const cycle = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    const res = await host.call('POST', `/api/cycles/${cycle.id}/state`, {
      token: as.admin,
      headers: header === undefined ? {} : { 'if-match': header },
      body: { state: 'open' },
    });
    expectProblem(res, status);
  });

  it('answers 401 without a token', async () => {
    const cycle = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    expectProblem(
      await host.call('POST', `/api/cycles/${cycle.id}/state`, { body: { state: 'open' } }),
      401,
    );
  });

  it.each([
    [{}, 'body.state'],
    [{ state: 'archived' }, 'body.state'],
    [{ state: 'draft' }, 'body.state'],
    [{ state: 'open', why: 'now' }, 'body'],
    [[], 'body'],
  ])('rejects the body %j naming %s', async (body, field) => {
    const cycle = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    expectFieldProblem(
      await host.call('POST', `/api/cycles/${cycle.id}/state`, {
        token: as.admin,
        headers: ifMatch(cycle.etag),
        body,
      }),
      field,
    );
  });
});
