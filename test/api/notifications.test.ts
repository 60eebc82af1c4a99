import type { NotificationView } from '@northstar/shared';
import { localMoment } from '@northstar/shared';
import { DemoDirectory } from '../../functions/src/adapters/demo/demo-directory.js';
import {
  CONTOSO_TENANT_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_UNRELATED_ID,
  FABRIKAM_PERSON_ID,
  FABRIKAM_TENANT_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import {
  notificationsCollection,
  type StoredNotification,
} from '../../functions/src/features/notifications/notification-documents.js';
import { buildTimers } from '../../functions/src/routes.js';
import { startTestHost, type TestHost } from './harness.js';
import { kudosBody, postKudos } from './kudos-fixtures.js';
import { expectFieldProblem } from './problem-assertions.js';

/** Monday 23 Nov 2026, 10:00 UTC: London, Berlin and Kolkata are at work; the Americas are not. */
const MONDAY_10 = Date.parse('2026-11-23T10:00:00Z');
const HOUR = 3_600_000;

describe.each(['sqlite', 'cosmos'] as const)('on the %s store, reminders', (store) => {
  let host: TestHost;
  const clock = { at: MONDAY_10, now: () => new Date(clock.at) };
  const as = async (personId: string) => ({ token: await host.signIn(personId) });
  const run = async (personId: string) =>
    host.call('POST', '/api/dev/reminders/run', await as(personId));
  const feedOf = async (personId: string, query = '') =>
    host.call('GET', `/api/notifications${query}`, await as(personId));

  /** Everyone's recorded notifications in Contoso, read from the store. */
  async function recorded(): Promise<StoredNotification[]> {
    const collection = notificationsCollection<StoredNotification>(
      host.app.services.stores.documents,
    );
    const page = await collection.query(
      CONTOSO_TENANT_ID,
      { where: { kind: 'notification' } },
      { limit: 200 },
    );
    return page.items;
  }

  async function recordedSince(at: number): Promise<StoredNotification[]> {
    return (await recorded()).filter((n) => Date.parse(n.createdAt) >= at);
  }

  /** Asserts each of `notes` went to someone inside their working hours at `at`. */
  async function expectAllAtWork(notes: readonly StoredNotification[], at: number) {
    const directory = new DemoDirectory();
    for (const note of notes) {
      const person = await directory.getPerson(CONTOSO_TENANT_ID, note.recipientId);
      expect([
        note.recipientId,
        person && localMoment(person.workingHours, new Date(at)).working,
      ]).toEqual([note.recipientId, true]);
    }
  }

  beforeAll(async () => {
    host = await startTestHost({ clock, store });
  });
  afterAll(() => host.close());

  it('run on demand at Monday 10:00 UTC: only people at work, news before nudges', async () => {
    const given = await postKudos(
      host,
      (await as(DEMO_MANAGER_ID)).token,
      kudosBody(DEMO_EMPLOYEE_ID),
    );
    expect(given.status).toBe(201);
    const res = await run(DEMO_EMPLOYEE_ID);
    expect(res.status).toBe(200);
    const notes = await recorded();
    expect(res.body).toMatchObject({ sent: notes.length, failures: 0, digests: 0 });
    expect(res.body.outsideWorkingHours).toBeGreaterThan(0);
    await expectAllAtWork(notes, MONDAY_10);
    expect(notes.map((n) => n.recipientId)).not.toContain('lee-gu');
    expect(new Set(notes.map((n) => n.recipientId)).size).toBe(notes.length);
    const arjun = notes.filter((n) => n.recipientId === DEMO_EMPLOYEE_ID);
    expect(arjun.map((n) => n.text)).toEqual(['Priya Raman gave you kudos for One team.']);
  });

  it('sends nothing new when run again right away', async () => {
    const before = await recorded();
    await expect(run(DEMO_MANAGER_ID)).resolves.toMatchObject({ status: 200, body: { sent: 0 } });
    expect(await recorded()).toHaveLength(before.length);
  });

  it('lists the caller’s own notifications, newest first, paged', async () => {
    clock.at = MONDAY_10 + HOUR;
    const token = (await as(DEMO_UNRELATED_ID)).token;
    expect((await postKudos(host, token, kudosBody(DEMO_EMPLOYEE_ID))).status).toBe(201);
    expect((await run(DEMO_EMPLOYEE_ID)).status).toBe(200);
    const res = await feedOf(DEMO_EMPLOYEE_ID);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual(
      ['Isaiah Langer', 'Priya Raman'].map((name) => ({
        id: expect.any(String) as string,
        kind: 'kudos_received',
        text: `${name} gave you kudos for One team.`,
        createdAt: expect.any(String) as string,
      })),
    );
    const first = await feedOf(DEMO_EMPLOYEE_ID, '?limit=1');
    expect(first.body.items).toEqual([res.body.items[0]]);
    const cursor = encodeURIComponent(first.body.nextCursor as string);
    const second = await feedOf(DEMO_EMPLOYEE_ID, `?limit=1&cursor=${cursor}`);
    expect(second.body.items).toEqual([res.body.items[1]]);
  });

  it('never shows one person’s notifications to another', async () => {
    const mine = (await feedOf(DEMO_EMPLOYEE_ID)).body.items as NotificationView[];
    for (const other of [DEMO_MANAGER_ID, DEMO_UNRELATED_ID, FABRIKAM_PERSON_ID]) {
      const theirs = (await feedOf(other)).body.items as NotificationView[];
      expect(theirs.filter((n) => mine.some((m) => m.id === n.id))).toEqual([]);
    }
    expect((await feedOf(FABRIKAM_PERSON_ID)).body.items).toEqual([]);
  });

  it.each([
    ['?limit=0', 'query.limit'],
    ['?limit=abc', 'query.limit'],
    ['?cursor=', 'query.cursor'],
    ['?recipientId=priya-raman', 'query.recipientId'],
  ])('answers GET /api/notifications%s with a 400 naming %s', async (query, field) => {
    expectFieldProblem(await feedOf(DEMO_EMPLOYEE_ID, query), field);
  });

  it('runs for the caller’s own organisation only', async () => {
    const before = await recorded();
    const res = await run(FABRIKAM_PERSON_ID);
    expect(res.status).toBe(200);
    expect(res.body.considered).toBeLessThanOrEqual(2);
    expect(await recorded()).toHaveLength(before.length);
  });

  it('at 17:00 UTC Seattle’s morning: the timer runs every organisation', async () => {
    clock.at = MONDAY_10 + 7 * HOUR;
    const lines: string[] = [];
    for (const timer of buildTimers(host.app.services)) await timer.run((l) => lines.push(l));
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^reminders for ${CONTOSO_TENANT_ID}: \\d+ sent`)),
      expect.stringMatching(new RegExp(`^reminders for ${FABRIKAM_TENANT_ID}: `)),
    ]);
    const now = await recordedSince(clock.at);
    await expectAllAtWork(now, clock.at);
    expect(now.map((n) => n.recipientId)).toContain('lee-gu');
  });
});
