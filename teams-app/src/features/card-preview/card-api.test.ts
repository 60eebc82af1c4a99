import type { CreateCheckIn } from '@northstar/shared';
import { ApiClient } from '../../api/api-client';
import { testCheckIn, testGoalView } from '../check-in/test-goal-view';
import { testPreview } from './test-card';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
}

/** Answers every fetch with `status` and `body`, recording what was sent. */
function answer(status: number, body: unknown): Sent[] {
  const sent: Sent[] = [];
  globalThis.fetch = ((url: string, init: RequestInit = {}) => {
    sent.push({
      url,
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
    });
    const text = () => Promise.resolve(JSON.stringify(body));
    return Promise.resolve({ ok: status < 400, status, text } as Response);
  }) as typeof fetch;
  return sent;
}

const api = new ApiClient(() => Promise.resolve('t0ken'));
const BODY: CreateCheckIn = { value: 600, confidence: 7 };
const SAVED = { checkIn: testCheckIn({ id: 'ci-1' }), goal: testGoalView({ id: 'g-1' }) };

describe('ApiClient goal card and keyed check-in', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('reads a goal’s card with the id encoded, keeping every card property', async () => {
    const preview = testPreview();
    const sent = answer(200, preview);
    const read = await api.goalCard('a/b');
    expect(sent[0]).toMatchObject({ url: '/api/goals/a%2Fb/card', method: 'GET' });
    expect(read).toEqual(preview);
    expect(read.card).toHaveProperty('refresh');
  });

  it('refuses an answer that is no Adaptive Card', async () => {
    answer(200, { card: { type: 'HeroCard', body: [] }, sizeBytes: 10 });
    await expect(api.goalCard('g-1')).rejects.toThrow();
  });

  it.each<[string, string | undefined, Record<string, string>]>([
    ['with its idempotency key as a header', 'key-1', { 'idempotency-key': 'key-1' }],
    ['without a key header when given none', undefined, {}],
  ])('checks in %s', async (_label, key, expected) => {
    const sent = answer(201, SAVED);
    await expect(api.checkIn('g-1', BODY, key)).resolves.toEqual(SAVED);
    expect(sent[0]).toMatchObject({ url: '/api/goals/g-1/checkins', method: 'POST' });
    expect(sent[0]?.headers).toMatchObject({ authorization: 'Bearer t0ken', ...expected });
    if (key === undefined) expect(sent[0]?.headers).not.toHaveProperty('idempotency-key');
  });
});
