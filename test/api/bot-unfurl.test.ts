import {
  SEED_COMPANY_GOAL_ID,
  SEED_EMPLOYEE_GOAL_ID,
  SEED_TEAM_GOAL_ID,
} from '../../functions/src/adapters/demo/demo-seed.js';
import { CALLER_IDS, type CallerName } from './callers.js';
import { cardText, unfurlActivity } from './bot-activities.js';
import { startTestHost, type TestHost } from './harness.js';

const CALLERS = Object.keys(CALLER_IDS) as Exclude<CallerName, 'noToken'>[];

describe('goal link unfurling (composeExtension/queryLink)', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.close());

  const unfurl = async (from: string, url: string) => {
    const res = await host.call('POST', '/api/messages', { body: unfurlActivity(from, url) });
    expect(res.status).toBe(200);
    expect(res.body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    return res.body.composeExtension.attachments as { content: any; preview: any }[];
  };
  const link = (id: string) => `${host.baseUrl}/goals/${id}`;

  it('turns a team goal link into the 1.3 goal card with an "Open in Teams" link to it', async () => {
    const [card] = await unfurl(CALLER_IDS.unrelated, link(SEED_TEAM_GOAL_ID));
    expect(card?.content).toMatchObject({ type: 'AdaptiveCard', version: '1.3' });
    expect(card?.content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open in Teams', url: link(SEED_TEAM_GOAL_ID) },
    ]);
    expect(cardText(card?.content)).toContain('Make the core platform survive a zone outage');
    expect(JSON.stringify(card?.content)).not.toContain('Action.Execute');
  });

  // The unfurled card is shown to everyone in the chat, so even those who may see the private
  // goal (its owner, managers, admins) get the private card when they paste its link.
  it.each(CALLERS)('as %s, a private goal unfurls to the private card', async (caller) => {
    const [card] = await unfurl(CALLER_IDS[caller], link(SEED_EMPLOYEE_GOAL_ID));
    expect(cardText(card?.content)).toContain('Private goal');
    expect(JSON.stringify(card)).not.toContain(SEED_EMPLOYEE_GOAL_ID);
    expect(cardText(card?.content)).not.toContain('regional failover');
  });

  it('answers a hidden goal exactly like a goal that does not exist', async () => {
    const hidden = await unfurl(CALLER_IDS.unrelated, link(SEED_EMPLOYEE_GOAL_ID));
    const missing = await unfurl(CALLER_IDS.unrelated, link('g-no-such-goal'));
    expect(hidden).toEqual(missing);
    expect(cardText(hidden[0]?.content)).toContain('Private goal');
  });

  it('unfurls a company goal for everyone in its tenant and for nobody outside it', async () => {
    const [own] = await unfurl(CALLER_IDS.unrelated, link(SEED_COMPANY_GOAL_ID));
    const [other] = await unfurl(CALLER_IDS.otherTenant, link(SEED_COMPANY_GOAL_ID));
    expect(cardText(own?.content)).not.toContain('Private goal');
    expect(cardText(other?.content)).toContain('Private goal');
  });

  it.each([
    ['a tab page that is not a goal', (base: string) => `${base}/alignment`],
    ['a goal path with more segments', (base: string) => `${base}/goals/g-1/edit`],
    ['another host', () => `https://example.com/goals/${SEED_EMPLOYEE_GOAL_ID}`],
    ['a javascript: URL', () => 'javascript:alert(1)'],
    ['plain text', () => 'not a link at all'],
  ])('unfurls %s to nothing', async (_case, url) => {
    expect(await unfurl(CALLER_IDS.owner, url(host.baseUrl))).toEqual([]);
  });
});
