import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_UNRELATED_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import {
  ifMatch,
  scheduleOneOnOne,
  seriesOf,
  signInOneOnOneCallers,
  type OneOnOneCallers,
} from './one-on-ones-fixtures.js';
import { expectFieldProblem, expectProblem } from './problem-assertions.js';

interface Setup {
  host: TestHost;
  as: OneOnOneCallers;
  seriesId: string;
  base: string;
  pointId: string;
  itemId: string;
}

/** Every route of one 1:1 with a body it would accept. */
function routesOf(s: Setup): [string, string, unknown][] {
  return [
    ['GET', `/api/one-on-ones/${s.seriesId}/meetings`, undefined],
    ['POST', `/api/one-on-ones/${s.seriesId}/meetings`, { scheduledFor: '2026-05-01T09:00:00Z' }],
    ['POST', `${s.base}/talking-points`, { text: 'Hi' }],
    ['PATCH', `${s.base}/talking-points/${s.pointId}`, { done: true }],
    ['PUT', `${s.base}/shared-notes`, { sharedNotes: 'x' }],
    ['POST', `${s.base}/action-items`, { text: 'Do', ownerId: DEMO_MANAGER_ID }],
    ['PATCH', `${s.base}/action-items/${s.itemId}`, { done: true }],
    ['PUT', `${s.base}/private-note`, { text: 'x' }],
    ['GET', `${s.base}/private-note`, undefined],
  ];
}

describe.each(['sqlite', 'cosmos'] as const)('on the %s store, 1:1 access', (store) => {
  const s = {} as Setup;
  beforeAll(async () => {
    s.host = await startTestHost({ store });
    s.as = await signInOneOnOneCallers(s.host);
    s.seriesId = await seriesOf(s.host, s.as.manager);
    const meeting = await scheduleOneOnOne(
      s.host,
      s.as.manager,
      s.seriesId,
      '2026-04-01T09:00:00Z',
    );
    s.base = `/api/one-on-ones/${s.seriesId}/meetings/${meeting.id}`;
    const point = await s.host.call('POST', `${s.base}/talking-points`, {
      token: s.as.report,
      body: { text: 'Agenda' },
    });
    const item = await s.host.call('POST', `${s.base}/action-items`, {
      token: s.as.report,
      body: { text: 'Follow up', ownerId: DEMO_EMPLOYEE_ID },
    });
    s.pointId = point.body.agenda[0].id;
    s.itemId = item.body.actionItems[0].id;
  });
  afterAll(() => s.host.close());

  it.each(['unrelated', 'admin', 'otherTenant'] as const)(
    'answers 404 on every route to %s',
    async (who) => {
      for (const [method, path, body] of routesOf(s)) {
        const res = await s.host.call(method, path, {
          token: s.as[who],
          body,
          headers: ifMatch('x'),
        });
        expectProblem(res, 404);
      }
    },
  );

  it('answers 401 on every route without a token', async () => {
    const all = [
      ...routesOf(s),
      ['GET', '/api/one-on-ones', undefined] as [string, string, unknown],
    ];
    for (const [method, path, body] of all)
      expectProblem(await s.host.call(method, path, { body }), 401);
  });

  it.each([
    ['the report for their manager', 'report', DEMO_MANAGER_ID],
    ['a manager for someone not reporting to her', 'manager', DEMO_UNRELATED_ID],
    ['the admin for anyone', 'admin', DEMO_EMPLOYEE_ID],
  ] as const)('refuses a series started by %s with 403', async (_case, who, reportId) => {
    const res = await s.host.call('POST', '/api/one-on-ones', {
      token: s.as[who],
      body: { reportId },
    });
    expectProblem(res, 403);
  });

  it('refuses a second series for the same pair with 409', async () => {
    const res = await s.host.call('POST', '/api/one-on-ones', {
      token: s.as.manager,
      body: { reportId: DEMO_EMPLOYEE_ID },
    });
    expectProblem(res, 409);
  });

  it.each([
    ['PATCH', 'talking-points/{point}', { done: true }],
    ['PUT', 'shared-notes', { sharedNotes: 'v2' }],
    ['PATCH', 'action-items/{item}', { done: true }],
  ])('%s %s needs the 1:1 ETag: 428 without, 412 when stale', async (method, suffix, body) => {
    const path = `${s.base}/${suffix.replace('{point}', s.pointId).replace('{item}', s.itemId)}`;
    const token = s.as.manager;
    expectProblem(await s.host.call(method, path, { token, body }), 428);
    expectProblem(await s.host.call(method, path, { token, body, headers: ifMatch('stale') }), 412);
  });

  it('needs the private note ETag once the note exists', async () => {
    const path = `${s.base}/private-note`;
    const token = s.as.report;
    const first = await s.host.call('PUT', path, { token, body: { text: 'v1' } });
    expect(first.status).toBe(201);
    expectProblem(await s.host.call('PUT', path, { token, body: { text: 'v2' } }), 428);
    const stale = await s.host.call('PUT', path, {
      token,
      body: { text: 'v2' },
      headers: ifMatch('x'),
    });
    expectProblem(stale, 412);
    const ok = await s.host.call('PUT', path, {
      token,
      body: { text: 'v2' },
      headers: ifMatch(first.body.etag),
    });
    expect(ok.body.text).toBe('v2');
  });

  it.each([
    ['POST', '', 'body.reportId', { reportId: '' }],
    ['POST', '', 'body', { reportId: DEMO_EMPLOYEE_ID, extra: 1 }],
    ['POST', '/{series}/meetings', 'body.scheduledFor', { scheduledFor: 'tomorrow' }],
    ['POST', '/{meeting}/talking-points', 'body.text', { text: '  ' }],
    ['POST', '/{meeting}/talking-points', 'body.goalIds', { text: 'x', goalIds: ['g1', 'g1'] }],
    ['POST', '/{meeting}/talking-points', 'body.goalIds', { text: 'x', goalIds: ['no-such-goal'] }],
    ['PATCH', '/{meeting}/talking-points/{point}', 'body', {}],
    ['PUT', '/{meeting}/shared-notes', 'body.sharedNotes', { sharedNotes: 'x'.repeat(20_001) }],
    ['POST', '/{meeting}/action-items', 'body.ownerId', { text: 'x' }],
    ['POST', '/{meeting}/action-items', 'body.ownerId', { text: 'x', ownerId: DEMO_UNRELATED_ID }],
    [
      'POST',
      '/{meeting}/action-items',
      'body.dueDate',
      { text: 'x', ownerId: DEMO_MANAGER_ID, dueDate: '2026-13-01' },
    ],
    ['PATCH', '/{meeting}/action-items/{item}', 'body.done', { done: 'yes' }],
    ['PUT', '/{meeting}/private-note', 'body.text', { text: 5 }],
  ])('%s %s answers 400 naming %s', async (method, suffix, field, body) => {
    const path = `/api/one-on-ones${suffix
      .replace('/{meeting}', s.base.slice('/api/one-on-ones'.length))
      .replace('/{series}', `/${s.seriesId}`)
      .replace('{point}', s.pointId)
      .replace('{item}', s.itemId)}`;
    const res = await s.host.call(method, path, {
      token: s.as.manager,
      body,
      headers: ifMatch('x'),
    });
    expectFieldProblem(res, field);
  });
});
