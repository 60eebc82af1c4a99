import { SEED_EMPLOYEE_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import { CONTOSO_COMPANY_VALUES } from '../../functions/src/adapters/demo/demo-seed-kudos.js';
import { CALLER_IDS } from './callers.js';
import { cardActionActivity, cardText, refreshActivity } from './bot-activities.js';
import { createGoal } from './goal-fixtures.js';
import { startTestHost, type TestHost } from './harness.js';

const OWNER = CALLER_IDS.owner;
const VALUE = CONTOSO_COMPANY_VALUES[1] ?? '';

describe('goal card actions (adaptiveCard/action)', () => {
  let host: TestHost;
  let goalId: string;
  let percentGoalId: string;
  beforeAll(async () => {
    host = await startTestHost();
    // Public goals: everyone may see them, only the owner's line may check in.
    const token = await host.signIn(OWNER);
    goalId = (await createGoal(host, token, { visibility: 'public' })).id; // 900 ms -> 300 ms
    percentGoalId = (await createGoal(host, token, { visibility: 'public', metric: undefined })).id;
  });
  afterAll(() => host.close());

  const send = async (body: Record<string, unknown>) => {
    const res = await host.call('POST', '/api/messages', { body });
    expect(res.status).toBe(200);
    return res.body as { statusCode: number; type: string; value: any };
  };
  const checkIns = async (id = goalId) => {
    const token = await host.signIn(OWNER);
    const res = await host.call('GET', `/api/goals/${id}/checkins`, { token });
    return res.body.items as { value: number; confidence: number; note: string }[];
  };
  const checkIn = (from: string, data: Record<string, unknown>, id = goalId) =>
    send(cardActionActivity(from, 'checkIn', { goalId: id, ...data }));

  it('refreshes a card to the latest state for this viewer, who then refreshes automatically', async () => {
    const activity = refreshActivity(OWNER, SEED_EMPLOYEE_GOAL_ID);
    const answer = await send(activity);
    expect(answer).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { version: '1.5', refresh: { userIds: [activity.from.id] } },
    });
    expect(cardText(answer.value)).toContain('Automate regional failover');
  });

  it('refreshes a hidden goal to the same private card as a missing one', async () => {
    const hidden = await send(refreshActivity(CALLER_IDS.unrelated, SEED_EMPLOYEE_GOAL_ID));
    const missing = await send(refreshActivity(CALLER_IDS.unrelated, 'g-no-such-goal'));
    expect(hidden).toEqual(missing);
    expect(cardText(hidden.value)).toContain('Private goal');
  });

  it('records the owner’s check-in (inputs arrive as strings) and answers the refreshed card', async () => {
    const answer = await checkIn(OWNER, { value: '600', confidence: '7', note: 'Halfway there' });
    expect(answer.statusCode).toBe(200);
    expect(cardText(answer.value)).toMatch(/Checked in: 50%/);
    expect(cardText(answer.value)).toContain('7/10');
    expect((await checkIns())[0]).toMatchObject({
      value: 600,
      confidence: 7,
      note: 'Halfway there',
    });
  });

  it.each([
    ['someone outside the owner’s line', CALLER_IDS.unrelated, '500', /Only the owner/],
    ['a percentage above 100', OWNER, '101', /percentage from 0 to 100/],
  ])('says on the card why a check-in by %s was refused', async (_c, from, value, reason) => {
    const before = (await checkIns(percentGoalId)).length;
    const answer = await checkIn(from, { value, confidence: '5' }, percentGoalId);
    expect(answer.statusCode).toBe(200);
    expect(cardText(answer.value)).toMatch(new RegExp(`⚠[\\s\\S]*${reason.source}`));
    expect((await checkIns(percentGoalId)).length).toBe(before);
  });

  it.each([
    ['confidence', { value: '500', confidence: '11' }],
    ['value', { value: '', confidence: '5' }],
    ['value', { value: '1e13', confidence: '5' }],
    ['goalId', { goalId: '../etc', value: '1', confidence: '5' }],
  ])('answers a malformed %s with a 400 naming the field', async (field, data) => {
    const answer = await checkIn(OWNER, data);
    expect(answer).toMatchObject({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'validation', message: expect.stringContaining(`data.${field}`) },
    });
  });

  it('gives kudos to the goal’s owner once, even when Teams retries the invoke', async () => {
    const activity = cardActionActivity(CALLER_IDS.manager, 'giveKudos', {
      goalId,
      companyValue: VALUE,
      message: 'Great progress on checkout',
    });
    const first = await send(activity);
    await send(activity);
    expect(cardText(first.value)).toContain(`Kudos sent for ${VALUE}`);
    const token = await host.signIn(OWNER);
    const res = await host.call('GET', `/api/people/${OWNER}/kudos`, { token });
    const given = (res.body.items as { message: string }[]).filter(
      (k) => k.message === 'Great progress on checkout',
    );
    expect(given).toHaveLength(1);
  });

  it('refuses kudos for a value the tenant does not have, on the card', async () => {
    const answer = await send(
      cardActionActivity(CALLER_IDS.manager, 'giveKudos', {
        goalId,
        companyValue: 'Move fast',
        message: 'x',
      }),
    );
    expect(cardText(answer.value)).toMatch(/⚠[\s\S]*value/);
  });

  it.each([['deleteGoal'], ['toString'], ['__proto__']])(
    'answers the unknown verb %p with a 400 naming it',
    async (verb) => {
      const answer = await send(cardActionActivity(OWNER, verb, { goalId }));
      expect(answer).toMatchObject({
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { message: expect.stringContaining(verb) },
      });
    },
  );
});
