import { CARD_MAX_BYTES } from '@northstar/shared';
import { SEED_EMPLOYEE_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import { cardText, searchActivity } from './bot-activities.js';
import { CALLER_IDS, MAY_SEE_PRIVATE, as, signInAll, type CallerName } from './callers.js';
import { createGoal } from './goal-fixtures.js';
import { startTestHost, type TestHost } from './harness.js';
import { expectFieldProblem, expectProblem } from './problem-assertions.js';

const CALLERS = Object.keys(CALLER_IDS) as Exclude<CallerName, 'noToken'>[];
const TITLE = 'Automate regional failover for the orders API';

/** The titles of a card's actions, in order. */
const actionTitles = (card: { actions?: { title: string }[] }) =>
  (card.actions ?? []).map((a) => a.title);

describe('GET /api/goals/{id}/card, the tab’s preview of the chat card', () => {
  let host: TestHost;
  let tokens: Record<CallerName, string | undefined>;
  beforeAll(async () => {
    host = await startTestHost();
    tokens = await signInAll(host);
  });
  afterAll(() => host.close());

  const preview = (goalId: string, caller: CallerName) =>
    host.call('GET', `/api/goals/${goalId}/card`, as(tokens[caller]));

  it('answers the goal card with its size in bytes, under the 28 KB limit', async () => {
    const res = await preview(SEED_EMPLOYEE_GOAL_ID, 'owner');
    expect(res.status).toBe(200);
    const { card, sizeBytes } = res.body;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(cardText(card)).toContain(TITLE);
    expect(sizeBytes).toBe(Buffer.byteLength(JSON.stringify(card), 'utf8'));
    expect(sizeBytes).toBeLessThan(CARD_MAX_BYTES);
    expect(actionTitles(card)).toEqual(['Open in Teams', 'Check in']);
    expect(card.actions[0].url).toBe(`${host.baseUrl}/goals/${SEED_EMPLOYEE_GOAL_ID}`);
  });

  it.each(CALLERS.filter((c) => MAY_SEE_PRIVATE.includes(c)))(
    'shows %s exactly the card the message extension inserts for them',
    async (caller) => {
      const id = CALLER_IDS[caller];
      const search = await host.call('POST', '/api/messages', {
        body: searchActivity(id, 'regional failover'),
      });
      const inserted = (search.body.composeExtension.attachments as { content: any }[]).find(
        (a) => a.content.refresh.action.data.goalId === SEED_EMPLOYEE_GOAL_ID,
      );
      const res = await preview(SEED_EMPLOYEE_GOAL_ID, caller);
      expect(inserted).toBeDefined();
      expect(res.body.card).toEqual(inserted?.content);
    },
  );

  it('offers kudos, not a check-in, to a colleague on a public goal', async () => {
    const owned = await createGoal(host, tokens.owner!, { visibility: 'public' });
    const res = await preview(owned.id, 'unrelated');
    expect(res.status).toBe(200);
    expect(actionTitles(res.body.card)).toEqual(['Open in Teams', 'Give kudos']);
  });

  it.each<[CallerName, number]>([
    ['unrelated', 404],
    ['otherTenant', 404],
    ['noToken', 401],
  ])('answers %s %i for the private goal, without its title or owner', async (caller, status) => {
    const res = await preview(SEED_EMPLOYEE_GOAL_ID, caller);
    expectProblem(res, status);
    expect(JSON.stringify(res.body)).not.toMatch(/Automate regional|Arjun/);
  });

  it('answers 404 for a goal that does not exist, as for one the caller may not see', async () => {
    const missing = await preview('g-no-such-goal', 'unrelated');
    const hidden = await preview(SEED_EMPLOYEE_GOAL_ID, 'unrelated');
    expect(expectProblem(missing, 404).code).toBe('not_found');
    expect(missing.body.title).toBe(hidden.body.title);
  });

  it.each([
    ['a space', 'a%20b'],
    ['65 characters', 'g'.repeat(65)],
    ['a malformed escape', '%E0%A4%A'],
  ])('answers 400 naming params.id for an id with %s', async (_label, id) => {
    const res = await host.call('GET', `/api/goals/${id}/card`, as(tokens.owner));
    expectFieldProblem(res, 'params.id');
  });
});
