import {
  CONTOSO_TENANT_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import {
  ifMatch,
  scheduleOneOnOne,
  seriesOf,
  signInOneOnOneCallers,
  type OneOnOneCallers,
} from './one-on-ones-fixtures.js';
import { expectProblem } from './problem-assertions.js';

const SECRET = 'Considering a stretch assignment for them';

describe.each(['sqlite', 'cosmos'] as const)('on the %s store, the 1:1 audit trail', (store) => {
  let host: TestHost;
  let as: OneOnOneCallers;
  beforeAll(async () => {
    host = await startTestHost({ store });
    as = await signInOneOnOneCallers(host);
  });
  afterAll(() => host.close());

  const auditOf = async (subjectId: string) =>
    (
      await host.app.services.stores.documents
        .collection('audit')
        .query(CONTOSO_TENANT_ID, { partition: subjectId }, { limit: 50 })
    ).items as any[];

  it('records who changed what on the series and each shared part of a 1:1', async () => {
    const seriesId = await seriesOf(host, as.manager);
    expect((await auditOf(seriesId)).map((a) => [a.action, a.actorId, a.subjectKind])).toEqual([
      ['create_series', DEMO_MANAGER_ID, 'one-on-one-series'],
    ]);
    const meeting = await scheduleOneOnOne(host, as.manager, seriesId, '2026-05-04T09:00:00Z');
    const base = `/api/one-on-ones/${seriesId}/meetings/${meeting.id}`;
    const point = await host.call('POST', `${base}/talking-points`, {
      token: as.report,
      body: { text: 'Promotion path' },
    });
    const pointId = point.body.agenda[0].id as string;
    const done = await host.call('PATCH', `${base}/talking-points/${pointId}`, {
      token: as.manager,
      headers: ifMatch(point.body.etag),
      body: { done: true, text: 'Promotion path (talked)' },
    });
    const notes = await host.call('PUT', `${base}/shared-notes`, {
      token: as.report,
      headers: ifMatch(done.body.etag),
      body: { sharedNotes: 'Agreed on next steps.' },
    });
    const item = await host.call('POST', `${base}/action-items`, {
      token: as.manager,
      body: { text: 'Draft the case', ownerId: DEMO_MANAGER_ID },
    });
    const itemId = item.body.actionItems[0].id as string;
    await host.call('PATCH', `${base}/action-items/${itemId}`, {
      token: as.report,
      headers: ifMatch(item.body.etag),
      body: { done: true },
    });
    expect(notes.status).toBe(200);
    const trail = await auditOf(meeting.id);
    expect(trail.map((a) => [a.action, a.actorId, a.itemId ?? null, a.fields ?? null])).toEqual([
      ['create_one_on_one', DEMO_MANAGER_ID, null, null],
      ['add_talking_point', DEMO_EMPLOYEE_ID, pointId, null],
      ['update_talking_point', DEMO_MANAGER_ID, pointId, ['done', 'text']],
      ['update_shared_notes', DEMO_EMPLOYEE_ID, null, null],
      ['add_action_item', DEMO_MANAGER_ID, itemId, null],
      ['update_action_item', DEMO_EMPLOYEE_ID, itemId, ['done']],
    ]);
    for (const entry of trail) {
      expect(entry).toMatchObject({ subjectKind: 'one-on-one', at: expect.any(String) });
      expect(JSON.stringify(entry)).not.toMatch(
        /Promotion path|Agreed on next steps|Draft the case/,
      );
    }
  });

  it('records nothing for a refused change', async () => {
    const seriesId = await seriesOf(host, as.manager);
    const meeting = await scheduleOneOnOne(host, as.manager, seriesId, '2026-05-11T09:00:00Z');
    const base = `/api/one-on-ones/${seriesId}/meetings/${meeting.id}`;
    const stale = await host.call('PUT', `${base}/shared-notes`, {
      token: as.report,
      headers: ifMatch('stale'),
      body: { sharedNotes: 'Lost' },
    });
    expectProblem(stale, 412);
    const outsider = await host.call('POST', `${base}/talking-points`, {
      token: as.admin,
      body: { text: 'HR was here' },
    });
    expectProblem(outsider, 404);
    expect((await auditOf(meeting.id)).map((a) => a.action)).toEqual(['create_one_on_one']);
  });

  it('leaves private notes out of the audit trail entirely', async () => {
    const seriesId = await seriesOf(host, as.manager);
    const meeting = await scheduleOneOnOne(host, as.manager, seriesId, '2026-05-18T09:00:00Z');
    const path = `/api/one-on-ones/${seriesId}/meetings/${meeting.id}/private-note`;
    const put = await host.call('PUT', path, { token: as.manager, body: { text: SECRET } });
    expect(put.status).toBe(201);
    await host.call('PUT', path, {
      token: as.manager,
      headers: ifMatch(put.body.etag),
      body: { text: `${SECRET}, soon` },
    });
    expect((await auditOf(meeting.id)).map((a) => a.action)).toEqual(['create_one_on_one']);
    expect(await auditOf(put.body.id)).toEqual([]);
    const everything = await host.app.services.stores.documents
      .collection('audit')
      .query(CONTOSO_TENANT_ID, {}, { limit: 200 });
    expect(JSON.stringify(everything.items)).not.toMatch(/private|Considering/i);
  });
});
