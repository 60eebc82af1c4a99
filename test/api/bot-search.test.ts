import { DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { SEED_EMPLOYEE_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import { CALLER_IDS, MAY_SEE_PRIVATE, type CallerName } from './callers.js';
import { activity, cardText, searchActivity } from './bot-activities.js';
import { startTestHost, type TestHost } from './harness.js';

const CALLERS = Object.keys(CALLER_IDS) as Exclude<CallerName, 'noToken'>[];
const MAX_CARD_BYTES = 28 * 1024;

type Attachment = { contentType: string; content: any; preview: any };

describe('message extension search (composeExtension/query)', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.close());

  const search = async (from: string, text: string) => {
    const res = await host.call('POST', '/api/messages', { body: searchActivity(from, text) });
    expect(res.status).toBe(200);
    return res.body.composeExtension as { type: string; attachments: Attachment[] };
  };
  const ids = (attachments: Attachment[]) =>
    attachments.map((a) => (a.content.refresh.action.data as { goalId: string }).goalId);

  it('answers a result list of 1.5 goal cards with thumbnail previews', async () => {
    const answer = await search(DEMO_EMPLOYEE_ID, 'failover');
    expect(answer).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    const [first] = answer.attachments;
    expect(first).toMatchObject({
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: { type: 'AdaptiveCard', version: '1.5' },
      preview: {
        contentType: 'application/vnd.microsoft.card.thumbnail',
        content: { title: expect.stringContaining('failover') },
      },
    });
    const text = cardText(first?.content);
    expect(text).toContain('Automate regional failover for the orders API');
    expect(text).toContain('Arjun Mehta');
    expect(text).toMatch(/Serves/);
    expect(Buffer.byteLength(JSON.stringify(first?.content))).toBeLessThan(MAX_CARD_BYTES);
  });

  it.each(CALLERS.map((c) => [c, MAY_SEE_PRIVATE.includes(c)] as const))(
    'as %s, the private goal is in the results: %p',
    async (caller, sees) => {
      const answer = await search(CALLER_IDS[caller], 'regional failover');
      expect(ids(answer.attachments).includes(SEED_EMPLOYEE_GOAL_ID)).toBe(sees);
    },
  );

  it('matches every word, in any case and order', async () => {
    const answer = await search(DEMO_EMPLOYEE_ID, 'ORDERS   automate');
    expect(ids(answer.attachments)).toEqual([SEED_EMPLOYEE_GOAL_ID]);
    expect((await search(DEMO_EMPLOYEE_ID, 'failover zzyzx')).attachments).toEqual([]);
  });

  it("lists the caller's own goals first on the initial run (the documented default query)", async () => {
    const body = activity('compose-extension-query.initial-run.request.json', {
      from: DEMO_EMPLOYEE_ID,
    });
    body.value.commandId = 'searchGoals';
    const res = await host.call('POST', '/api/messages', { body });
    const attachments = res.body.composeExtension.attachments as Attachment[];
    const owners = attachments.map((a) => a.preview.content.subtitle as string);
    expect(owners.length).toBeGreaterThan(5);
    const own = owners.filter((name) => name === 'Arjun Mehta').length;
    expect(own).toBeGreaterThan(0);
    expect(owners.slice(0, own).every((name) => name === 'Arjun Mehta')).toBe(true);
  });

  it('pages with queryOptions.skip and count', async () => {
    const page = async (skip: number, count: number) => {
      const body = searchActivity(DEMO_EMPLOYEE_ID, '');
      body.value.queryOptions = { skip, count };
      const res = await host.call('POST', '/api/messages', { body });
      return ids(res.body.composeExtension.attachments);
    };
    const all = await page(0, 10);
    expect(await page(3, 4)).toEqual(all.slice(3, 7));
  });

  it('offers check-in only on goals the caller may check in on', async () => {
    const [own] = (await search(DEMO_EMPLOYEE_ID, 'regional failover')).attachments;
    const [other] = (await search(CALLER_IDS.ceo, 'regional failover')).attachments;
    const titles = (a: Attachment | undefined) =>
      (a?.content.actions as { title: string }[]).map((x) => x.title);
    expect(titles(own)).toEqual(['Open in Teams', 'Check in']);
    expect(titles(other)).toEqual(['Open in Teams', 'Check in', 'Give kudos']);
  });
});
