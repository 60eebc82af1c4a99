import type { Notification } from '../../ports/notifier.js';
import { REMINDER_ACTIVITIES } from '../../package/reminder-activities.js';
import { GraphClient } from './graph-client.js';
import { GraphNotifier, activityNotificationBody, tabDeepLink } from './graph-notifier.js';
import { graphFixture, GraphTestServer, type GraphReply } from './graph-test-server.js';

const TENANT = 'tenant-1';
const APP_ID = '6f1c2c7e-3b7a-4f63-9a52-0d3c1e5b7a10';
const OPTIONS = { teamsAppId: APP_ID, appOrigin: 'https://northstar.example.com' };
const STALE: Notification = {
  tenantId: TENANT,
  recipientId: 'user-7',
  kind: 'stale',
  key: 'goal:g-1:2026-11-23',
  text: '“Ship it” has had no check-in for 30 days.',
  parameters: { goalTitle: 'Ship it', days: '30' },
  goalId: 'g-1',
};
const throttled = graphFixture('throttling-429.response.json') as GraphReply;
const forbidden: GraphReply = {
  status: 403,
  body: { error: { code: 'Forbidden', message: 'The app is not installed for the recipient.' } },
};

describe('GraphNotifier against a local Graph', () => {
  let server: GraphTestServer;
  let sleeps: number[];
  let notifier: GraphNotifier;
  const tenants: string[] = [];

  beforeAll(async () => {
    server = await GraphTestServer.start();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    sleeps = [];
    tenants.length = 0;
    const client = new GraphClient({
      accessToken: () => Promise.resolve('app-token'),
      fetch: server.fetch,
      retry: { sleep: (ms) => Promise.resolve(void sleeps.push(ms)), random: () => 0.5 },
    });
    notifier = new GraphNotifier((tenantId) => {
      tenants.push(tenantId);
      return client;
    }, OPTIONS);
  });

  /** Answers `replies` in turn, then the server's default (204 for a notification). */
  function script(...replies: GraphReply[]): void {
    let n = 0;
    server.reset(() => replies[n++]);
  }

  it('posts the documented body to the recipient with the tenant’s client', async () => {
    script();
    await expect(notifier.send(STALE)).resolves.toEqual({ status: 'sent' });
    expect(tenants).toEqual([TENANT]);
    expect(server.activityNotifications).toEqual([
      {
        userId: 'user-7',
        body: {
          topic: { source: 'text', value: 'Northstar', webUrl: tabDeepLink(OPTIONS, 'g-1') },
          activityType: 'goalStale',
          previewText: { content: STALE.text },
          templateParameters: [
            { name: 'goalTitle', value: 'Ship it' },
            { name: 'days', value: '30' },
          ],
        },
      },
    ]);
    expect(server.httpCalls[0]?.headers.authorization).toBe('Bearer app-token');
  });

  it('retries a 429 after its Retry-After, then delivers once', async () => {
    script(throttled);
    await expect(notifier.send(STALE)).resolves.toEqual({ status: 'sent' });
    expect(sleeps).toEqual([10_000]);
    expect(server.activityNotifications).toHaveLength(2);
  });

  it.each<[string, GraphReply]>([
    ['403: the app is not installed for them', forbidden],
    ['404: no such user', { status: 404, body: { error: { code: 'NotFound', message: 'x' } } }],
  ])('answers %s as skipped, not an error', async (_label, reply) => {
    script(reply);
    await expect(notifier.send(STALE)).resolves.toMatchObject({ status: 'skipped' });
  });

  it('throws upstream_unavailable once 503s outlast the retries', async () => {
    server.reset(() => ({ status: 503, body: { error: { code: 'serviceNotAvailable' } } }));
    await expect(notifier.send(STALE)).rejects.toMatchObject({ code: 'upstream_unavailable' });
  });
});

describe('activity notification bodies', () => {
  const base = { ...STALE, goalId: undefined };

  it.each<[Notification['kind'], Record<string, string>]>([
    ['stale', { goalTitle: 'A', days: '22' }],
    ['check_in_due', { goalTitle: 'A' }],
    ['kudos_received', { fromName: 'Ann', value: 'One team' }],
    ['feedback_received', { fromName: 'Ann' }],
    ['review_step_due', { step: 'Your self review', dueDate: '28 Nov 2026' }],
    ['digest', { count: '3' }],
  ])('%s sends its manifest activity type with exactly its parameters', (kind, parameters) => {
    const body = activityNotificationBody({ ...base, kind, parameters }, OPTIONS);
    expect(body.activityType).toBe(REMINDER_ACTIVITIES[kind].type);
    expect(body.templateParameters.map((p) => p.name).sort()).toEqual(
      [...REMINDER_ACTIVITIES[kind].parameters].sort(),
    );
  });

  it('refuses to send without a parameter the template names', () => {
    expect(() =>
      activityNotificationBody({ ...base, parameters: { goalTitle: 'A' } }, OPTIONS),
    ).toThrow(/days/);
  });

  it('cuts the preview to the 150 characters Teams shows', () => {
    const body = activityNotificationBody({ ...STALE, text: '😀'.repeat(200) }, OPTIONS);
    expect(Array.from(body.previewText.content)).toHaveLength(150);
  });

  it.each<[string, string | undefined, string, string | undefined]>([
    ['a goal', 'g-1', 'https://northstar.example.com/goals/g-1', '{"subEntityId":"g-1"}'],
    ['no goal', undefined, 'https://northstar.example.com/', undefined],
  ])('links %s into the personal tab', (_label, goalId, web, context) => {
    const url = new URL(tabDeepLink(OPTIONS, goalId));
    expect(`${url.origin}${url.pathname}`).toBe(
      `https://teams.microsoft.com/l/entity/${APP_ID}/goals`,
    );
    expect(url.searchParams.get('webUrl')).toBe(web);
    expect(url.searchParams.get('context') ?? undefined).toBe(context);
  });
});
