import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { createGoal } from './goal-fixtures.js';
import { startTestHost, type TestHost } from './harness.js';
import {
  ifMatch,
  scheduleOneOnOne,
  seriesOf,
  signInOneOnOneCallers,
  type OneOnOneCallers,
} from './one-on-ones-fixtures.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(['sqlite', 'cosmos'] as const)('on the %s store, a 1:1 series runs', (store) => {
  let host: TestHost;
  let as: OneOnOneCallers;
  let seriesId: string;
  beforeAll(async () => {
    host = await startTestHost({ store });
    as = await signInOneOnOneCallers(host);
    seriesId = await seriesOf(host, as.manager);
  });
  afterAll(() => host.close());

  it('shows the series to both participants only', async () => {
    const mine = await host.call('GET', '/api/one-on-ones', { token: as.manager });
    const theirs = await host.call('GET', '/api/one-on-ones', { token: as.report });
    const admin = await host.call('GET', '/api/one-on-ones', { token: as.admin });
    // The demo seed also gives the manager a series with another report.
    const withReport = (items: { reportId: string }[]) =>
      items.filter((s) => s.reportId === DEMO_EMPLOYEE_ID);
    expect(withReport(mine.body.items)).toEqual([
      expect.objectContaining({
        id: seriesId,
        managerId: DEMO_MANAGER_ID,
        reportId: DEMO_EMPLOYEE_ID,
      }),
    ]);
    expect(theirs.body.items).toEqual(withReport(mine.body.items));
    expect(admin.body.items).toEqual([]);
    expect(Object.keys(mine.body.items[0]).sort()).toEqual([
      'createdAt',
      'etag',
      'id',
      'managerId',
      'reportId',
      'tenantId',
      'updatedAt',
    ]);
  });

  it('shares agenda, notes and action items; carries open items over; lists changed goals', async () => {
    const goal = await createGoal(host, as.report, { title: 'Ship the failover drill' });
    const still = await createGoal(host, as.report, { title: 'Untouched goal' });
    const first = await scheduleOneOnOne(host, as.manager, seriesId, new Date().toISOString());
    expect(first.body).toMatchObject({ agenda: [], actionItems: [], changedGoals: [] });
    const base = `/api/one-on-ones/${seriesId}/meetings/${first.id}`;
    const byReport = await host.call('POST', `${base}/talking-points`, {
      token: as.report,
      body: { text: 'Failover drill', goalIds: [goal.id] },
    });
    expect(byReport.status).toBe(201);
    const byManager = await host.call('POST', `${base}/talking-points`, {
      token: as.manager,
      body: { text: 'Career growth' },
    });
    expect(byManager.body.agenda).toEqual([
      expect.objectContaining({ authorId: DEMO_EMPLOYEE_ID, goalIds: [goal.id], done: false }),
      expect.objectContaining({ authorId: DEMO_MANAGER_ID, text: 'Career growth', goalIds: [] }),
    ]);
    const notes = await host.call('PUT', `${base}/shared-notes`, {
      token: as.report,
      headers: ifMatch(byManager.body.etag),
      body: { sharedNotes: 'We agreed on a drill date.' },
    });
    expect(notes.status).toBe(200);
    const open = await host.call('POST', `${base}/action-items`, {
      token: as.manager,
      body: { text: 'Book the drill', ownerId: DEMO_EMPLOYEE_ID, dueDate: '2026-12-01' },
    });
    const closed = await host.call('POST', `${base}/action-items`, {
      token: as.report,
      body: { text: 'Send the runbook', ownerId: DEMO_MANAGER_ID },
    });
    const doneId = closed.body.actionItems[1].id as string;
    const done = await host.call('PATCH', `${base}/action-items/${doneId}`, {
      token: as.manager,
      headers: ifMatch(closed.body.etag),
      body: { done: true },
    });
    expect(done.body.actionItems.map((a: { done: boolean }) => a.done)).toEqual([false, true]);
    expect(done.body.sharedNotes).toBe('We agreed on a drill date.');
    await pause(20);
    const goalNow = await host.call('GET', `/api/goals/${goal.id}`, { token: as.report });
    const renamed = await host.call('PATCH', `/api/goals/${goal.id}`, {
      token: as.report,
      headers: ifMatch(goalNow.body.etag),
      body: { title: 'Run the failover drill' },
    });
    expect(renamed.status).toBe(200);
    const later = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const next = await scheduleOneOnOne(host, as.report, seriesId, later);
    expect(next.body.actionItems).toEqual([open.body.actionItems[0]]);
    expect(next.body.changedGoals).toContainEqual({
      id: goal.id,
      title: 'Run the failover drill',
      progress: expect.any(Number),
    });
    expect(next.body.changedGoals.map((g: { id: string }) => g.id)).not.toContain(still.id);
    const listed = await host.call('GET', `/api/one-on-ones/${seriesId}/meetings`, {
      token: as.report,
    });
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([first.id, next.id]);
    expect(listed.body.items[0]).not.toHaveProperty('kind');
    expect(listed.body.items[0]).not.toHaveProperty('organizerId');
  });

  it("keeps a private note to its author: never the other participant's, never HR's", async () => {
    const meeting = await scheduleOneOnOne(host, as.manager, seriesId, '2026-03-01T09:00:00.000Z');
    const path = `/api/one-on-ones/${seriesId}/meetings/${meeting.id}/private-note`;
    const secret = 'Thinking about a promotion case';
    const put = await host.call('PUT', path, { token: as.manager, body: { text: secret } });
    expect(put.status).toBe(201);
    expect(put.body).toMatchObject({
      authorId: DEMO_MANAGER_ID,
      oneOnOneId: meeting.id,
      text: secret,
    });
    const own = await host.call('GET', path, { token: as.manager });
    expect(own.body.text).toBe(secret);
    const reportView = await host.call('GET', path, { token: as.report });
    const adminView = await host.call('GET', path, { token: as.admin });
    expect([reportView.status, adminView.status]).toEqual([404, 404]);
    const reportNote = await host.call('PUT', path, { token: as.report, body: { text: 'Mine' } });
    expect(reportNote.body).toMatchObject({ authorId: DEMO_EMPLOYEE_ID, text: 'Mine' });
    expect((await host.call('GET', path, { token: as.manager })).body.text).toBe(secret);
    const everything = await Promise.all(
      [as.report, as.admin].flatMap((token) => [
        host.call('GET', `/api/one-on-ones/${seriesId}/meetings`, { token }),
        host.call('GET', '/api/one-on-ones', { token }),
        host.call('GET', path, { token }),
      ]),
    );
    for (const res of everything) expect(JSON.stringify(res.body ?? '')).not.toContain(secret);
  });
});
