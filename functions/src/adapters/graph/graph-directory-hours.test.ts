import type { GraphTokenProvider } from './graph-token-provider.js';
import { graphDirectoryFor } from './graph-directory.js';
import {
  graphFixture,
  GraphTestServer,
  type GraphCall,
  type GraphReply,
} from './graph-test-server.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const sara = graphFixture('manager.response.json') as { id: string; mail: string };
const schedule = graphFixture('get-schedule.response.json') as {
  value: { workingHours: unknown }[];
};
/** A getSchedule answer giving `scheduleId` the fixture's Pacific working hours. */
const hoursOf = (...scheduleIds: string[]) => ({
  value: scheduleIds.map((scheduleId) => ({
    scheduleId,
    workingHours: schedule.value[0]?.workingHours,
  })),
});
const ok = (body: unknown): GraphReply => ({ status: 200, body });
const fail = (status: number): GraphReply => ({
  status,
  body: { error: { code: 'x', message: 'no' } },
});

describe('GraphDirectory: working hours from getSchedule, not mailboxSettings', () => {
  let server: GraphTestServer;
  const tokens: GraphTokenProvider = { tokenFor: () => Promise.resolve('obo') };
  const directory = () =>
    graphDirectoryFor(
      { tokens, client: { fetch: server.fetch, retry: { sleep: () => Promise.resolve() } } },
      'alice-jwt',
    );

  beforeAll(async () => {
    server = await GraphTestServer.start();
  });
  afterAll(() => server.close());

  /** Routes by path prefix (batched items included); the rest 404. */
  function serve(routes: Record<string, GraphReply>): void {
    server.reset((call: GraphCall) => {
      const hit = Object.keys(routes).find((prefix) => call.path.startsWith(prefix));
      return hit === undefined ? undefined : routes[hit];
    });
  }

  it.each<[string, GraphReply]>([
    ['Graph refuses getSchedule (403)', fail(403)],
    ['the calendar cannot be read', ok({ value: [{ scheduleId: sara.mail, error: {} }] })],
    ['the calendar has no working hours', ok({ value: [{ scheduleId: sara.mail }] })],
  ])('falls back to Mon-Fri 09:00-17:00 UTC when %s', async (_case, answer) => {
    serve({ '/me/calendar/getSchedule': answer, [`/users/${sara.id}?`]: ok(sara) });
    const person = await directory().getPerson(TENANT, sara.id);
    expect(person).toMatchObject({ managerId: null, timeZone: 'UTC' });
    expect(person?.workingHours).toEqual({
      days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      startTime: '09:00',
      endTime: '17:00',
      timeZone: 'UTC',
    });
  });

  it('never asks for mailboxSettings (no MailboxSettings.Read), nor getSchedule without a mail', async () => {
    serve({ [`/users/${sara.id}?`]: ok({ id: sara.id, displayName: 'No Mailbox' }) });
    await expect(directory().getPerson(TENANT, sara.id)).resolves.toMatchObject({ mail: '' });
    expect(server.calls.map((c) => c.path.split('?')[0])).toEqual([`/users/${sara.id}`]);
  });

  it('fails loudly when getSchedule is throttled past its retries', async () => {
    serve({
      '/me/calendar/getSchedule': { status: 429, headers: { 'Retry-After': '0' }, body: {} },
      [`/users/${sara.id}?`]: ok(sara),
    });
    await expect(directory().getPerson(TENANT, sara.id)).rejects.toMatchObject({
      code: 'throttled',
    });
  });

  it('gives reports their working hours with one getSchedule call per 20 addresses', async () => {
    const reports = Array.from({ length: 21 }, (_, i) => ({
      id: `r${String(i).padStart(2, '0')}`,
      displayName: `Report ${String(i).padStart(2, '0')}`,
      mail: `r${i}@contoso.com`,
    }));
    serve({
      '/me/calendar/getSchedule': ok(hoursOf('r0@contoso.com', 'R20@CONTOSO.COM')),
      [`/users/${sara.id}/directReports`]: ok({ value: reports }),
    });
    const found = await directory().getDirectReports(TENANT, sara.id);
    expect(found).toHaveLength(21);
    expect(found.map((p) => p.timeZone).filter((z) => z !== 'UTC')).toEqual([
      'America/Los_Angeles',
      'America/Los_Angeles',
    ]);
    const schedules = server.httpCalls.filter((c) => c.path === '/me/calendar/getSchedule');
    expect(schedules.map((c) => (c.body as { schedules: string[] }).schedules.length)).toEqual([
      20, 1,
    ]);
  });
});
