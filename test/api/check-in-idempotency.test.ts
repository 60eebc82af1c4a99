import { cardActionActivity, cardText } from './bot-activities.js';
import { CALLER_IDS } from './callers.js';
import { createGoal } from './goal-fixtures.js';
import { startTestHost, type TestHost } from './harness.js';
import { expectFieldProblem, expectProblem, type ApiResponse } from './problem-assertions.js';

const OWNER = CALLER_IDS.owner;
const BODY = { value: 600, confidence: 7, note: 'Halfway there' };

describe.each(['sqlite', 'cosmos'] as const)('on the %s store, check-ins', (store) => {
  let host: TestHost;
  let token: string;
  beforeAll(async () => {
    host = await startTestHost({ store });
    token = await host.signIn(OWNER);
  });
  afterAll(() => host.close());

  const post = (goalId: string, body: unknown, key?: string): Promise<ApiResponse> =>
    host.call('POST', `/api/goals/${goalId}/checkins`, {
      token,
      body,
      headers: key === undefined ? {} : { 'idempotency-key': key },
    });
  const checkIns = async (goalId: string) => {
    const res = await host.call('GET', `/api/goals/${goalId}/checkins`, { token });
    expect(res.status).toBe(200);
    return res.body.items as { id: string; value: number }[];
  };

  it('are recorded once for a repeated Idempotency-Key, with the same answer', async () => {
    const { id } = await createGoal(host, token);
    const first = await post(id, BODY, 'retry-1');
    const again = await post(id, BODY, 'retry-1');
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect((await checkIns(id)).map((c) => c.id)).toEqual([first.body.checkIn.id]);
  });

  it('refuse the key reused for a different check-in with a 409 naming the header', async () => {
    const { id } = await createGoal(host, token);
    const first = await post(id, BODY, 'reused');
    const other = await post(id, { ...BODY, value: 500 }, 'reused');
    const problem = expectProblem(other, 409);
    expect(problem).toMatchObject({
      code: 'conflict',
      errors: [{ field: 'headers.idempotency-key' }],
    });
    const goal = await host.call('GET', `/api/goals/${id}`, { token });
    expect(goal.body).toMatchObject({ current: 600, etag: first.body.goal.etag });
    expect(await checkIns(id)).toHaveLength(1);
  });

  it('are recorded exactly once for ten concurrent requests with the same key', async () => {
    const { id } = await createGoal(host, token);
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(id, BODY, 'burst')));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    const stored = await checkIns(id);
    expect(stored).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.checkIn.id))).toEqual(new Set([stored[0]?.id]));
  });

  it('are each recorded without a key, and for different keys', async () => {
    const { id } = await createGoal(host, token);
    const statuses = [
      (await post(id, BODY)).status,
      (await post(id, BODY)).status,
      (await post(id, BODY, 'key-a')).status,
      (await post(id, BODY, 'key-b')).status,
    ];
    expect(statuses).toEqual([201, 201, 201, 201]);
    expect(await checkIns(id)).toHaveLength(4);
  });

  it.each([
    ['empty', ''],
    ['with a space', 'a b'],
    ['not ASCII', 'clé'],
    ['129 characters long', 'k'.repeat(129)],
  ])('refuse an Idempotency-Key that is %s, naming the header', async (_label, key) => {
    const { id } = await createGoal(host, token);
    expectFieldProblem(await post(id, BODY, key), 'headers.idempotency-key');
    expect(await checkIns(id)).toEqual([]);
  });

  it('are recorded once when Teams retries the card’s check-in invoke', async () => {
    const { id } = await createGoal(host, token, { visibility: 'public' });
    const activity = cardActionActivity(OWNER, 'checkIn', {
      goalId: id,
      value: '600',
      confidence: '7',
      note: 'From the card',
    });
    activity.id = `retried-${store}`;
    const send = () => host.call('POST', '/api/messages', { body: activity });
    const [first, again] = [await send(), await send()];
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(cardText(first.body.value)).toMatch(/Checked in: 50%/);
    expect(again.body).toEqual(first.body);
    expect((await checkIns(id)).map((c) => c.value)).toEqual([600]);
  });
});
