import {
  DEMO_ADMIN_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_UNRELATED_ID,
  FABRIKAM_PERSON_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import { expectFieldProblem, expectProblem } from './problem-assertions.js';
import { SELF_REVIEW_NOW, cycleBody, openCycleWithReview } from './reviews-fixtures.js';

describe('reviews over HTTP refuse the wrong caller, a stale write and a bad body', () => {
  let host: TestHost;
  let reviewId: string;
  let cycleId: string;
  const tokens: Record<string, string | undefined> = {};
  beforeAll(async () => {
    host = await startTestHost();
    ({ reviewId, cycleId } = await openCycleWithReview(host, SELF_REVIEW_NOW));
    const people = {
      employee: DEMO_EMPLOYEE_ID,
      manager: DEMO_MANAGER_ID,
      admin: DEMO_ADMIN_ID,
      unrelated: DEMO_UNRELATED_ID,
      otherTenant: FABRIKAM_PERSON_ID,
    };
    for (const [name, id] of Object.entries(people)) tokens[name] = await host.signIn(id);
  });
  afterAll(() => host.close());

  const token = (name: string) => (tokens[name] === undefined ? {} : { token: tokens[name] });

  it.each([
    ['employee', 200],
    ['manager', 200],
    ['admin', 200],
    ['unrelated', 404],
    ['otherTenant', 404],
    ['noToken', 401],
  ])('GET the review as %s -> %i', async (name, status) => {
    const res = await host.call('GET', `/api/reviews/${reviewId}`, token(name));
    expect(res.status).toBe(status);
    if (status !== 200) expectProblem(res, status);
  });

  it.each([['unrelated'], ['otherTenant']])('lists no review to %s', async (name) => {
    const res = await host.call('GET', `/api/reviews?cycleId=${cycleId}`, token(name));
    expect(res.body.items).toEqual([]);
  });

  it.each([['employee'], ['manager']])(
    'refuses %s to create or open a cycle (403)',
    async (name) => {
      const created = await host.call('POST', '/api/cycles', {
        ...token(name),
        body: await cycleBody(host, SELF_REVIEW_NOW),
      });
      expectProblem(created, 403);
      const opened = await host.call('POST', `/api/cycles/${cycleId}/open`, {
        ...token(name),
        headers: { 'if-match': '"x"' },
      });
      expectProblem(opened, 403);
    },
  );

  it('forbids the manager to write the self review (403)', async () => {
    const loaded = await host.call('GET', `/api/reviews/${reviewId}`, token('manager'));
    const res = await host.call('PATCH', `/api/reviews/${reviewId}`, {
      ...token('manager'),
      headers: { 'if-match': `"${loaded.body.review.etag as string}"` },
      body: { section: 'self', answers: {} },
    });
    expect(expectProblem(res, 403).detail).toMatch(/Only the person being reviewed/);
  });

  it.each([
    [undefined, 428],
    ['"stale"', 412],
  ])('answers If-Match %s with %i', async (header, status) => {
    const res = await host.call('PATCH', `/api/reviews/${reviewId}`, {
      ...token('employee'),
      headers: header === undefined ? {} : { 'if-match': header },
      body: { section: 'self', answers: {} },
    });
    expectProblem(res, status);
  });

  it.each([
    [{ section: 'self', answers: { q1: { rating: 9 } } }, 'body.answers.q1.rating'],
    [{ section: 'self', answers: { q2: { rating: 3 } } }, 'body.answers.q2.rating'],
    [{ section: 'self', answers: { q1: {} }, submit: true }, 'body.answers.q1.rating'],
    [{ section: 'self', answers: { q9: { text: 'x' } } }, 'body.answers.q9'],
    [{ section: 'self', answers: { q2: { text: 'x'.repeat(101) } } }, 'body.answers.q2.text'],
    [{ section: 'peer', answers: {} }, 'body.section'],
    [{ section: 'self', answers: [] }, 'body.answers'],
    [{ section: 'self', answers: {}, extra: 1 }, 'body'],
    [{ section: 'self', answers: {}, submit: 'yes' }, 'body.submit'],
    [{ answers: {} }, 'body.section'],
  ])('rejects PATCH body %j naming %s', async (body, field) => {
    const loaded = await host.call('GET', `/api/reviews/${reviewId}`, token('employee'));
    const res = await host.call('PATCH', `/api/reviews/${reviewId}`, {
      ...token('employee'),
      headers: { 'if-match': `"${loaded.body.review.etag as string}"` },
      body,
    });
    expectFieldProblem(res, field);
  });

  it.each([
    [{ action: 'delete' }, 'body.action'],
    [{}, 'body.action'],
    [{ action: 'release', why: 1 }, 'body'],
  ])('rejects action body %j naming %s', async (body, field) => {
    const res = await host.call('POST', `/api/reviews/${reviewId}/actions`, {
      ...token('admin'),
      headers: { 'if-match': '"x"' },
      body,
    });
    expectFieldProblem(res, field);
  });

  it.each([
    [{ name: 'x' }, 'body.name'],
    [{ periodId: 'no-such-period' }, 'body.periodId'],
    [{ scope: { kind: 'team' } }, 'body.scope'],
    [{ template: { questions: [] } }, 'body.template.questions'],
    [{ phases: { ...SELF_REVIEW_NOW, release: '2000-01-01' } }, 'body.phases'],
    [{ state: 'open' }, 'body'],
  ])('rejects cycle body with %j naming %s', async (change, field) => {
    const res = await host.call('POST', '/api/cycles', {
      ...token('admin'),
      body: { ...(await cycleBody(host, SELF_REVIEW_NOW)), ...change },
    });
    expectFieldProblem(res, field);
  });

  it.each([
    ['/api/reviews?limit=0', 'query.limit'],
    ['/api/reviews?cycleId=a%20b', 'query.cycleId'],
    ['/api/cycles?x=1', 'query'],
    ['/api/reviews/bad%20id', 'params.id'],
  ])('rejects GET %s naming %s', async (path, field) => {
    expectFieldProblem(await host.call('GET', path, token('employee')), field);
  });
});
