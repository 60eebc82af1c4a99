import type { CheckIn, CreateCheckIn, GoalView } from '@northstar/shared';
import { ApiError } from '../../api/api-error';
import { sendCheckIn } from './send-check-in';
import { testCheckIn, testGoalView } from './test-goal-view';

const BODY: CreateCheckIn = { value: 600, confidence: 7 };
const SAVED = {
  checkIn: testCheckIn({ id: 'ci-1', value: 600 }),
  goal: testGoalView({ id: 'g-1' }),
};

/** A fake `checkIn` answering from `answers` in turn, recording the key of each call. */
function fakeApi(answers: (() => Promise<{ checkIn: CheckIn; goal: GoalView }>)[]) {
  const keys: (string | undefined)[] = [];
  const api = {
    checkIn: (_id: string, _body: CreateCheckIn, key?: string) => {
      keys.push(key);
      const answer = answers[keys.length - 1];
      return answer ? answer() : Promise.reject(new Error('no more answers'));
    },
  };
  return { api, keys };
}

const offline = () => Promise.reject(new ApiError(0, undefined));
const ok = () => Promise.resolve(SAVED);

describe('sendCheckIn', () => {
  it('sends one submission under one fresh key', async () => {
    const { api, keys } = fakeApi([ok, ok]);
    await sendCheckIn(api, 'g-1', BODY);
    await sendCheckIn(api, 'g-1', BODY);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[\x21-\x7e]{1,128}$/);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('sends again with the same key when the network failed, and answers the second reply', async () => {
    const { api, keys } = fakeApi([offline, ok]);
    await expect(sendCheckIn(api, 'g-1', BODY, 'key-1')).resolves.toEqual(SAVED);
    expect(keys).toEqual(['key-1', 'key-1']);
  });

  it('gives up after the second network failure', async () => {
    const { api, keys } = fakeApi([offline, offline, ok]);
    await expect(sendCheckIn(api, 'g-1', BODY)).rejects.toMatchObject({ status: 0 });
    expect(keys).toHaveLength(2);
  });

  it.each([
    ['a refusal', new ApiError(403, { code: 'forbidden' })],
    ['a field error', new ApiError(400, { code: 'validation' })],
    ['an outage the server answered', new ApiError(503, { code: 'upstream_unavailable' })],
    ['a bug', new TypeError('x is undefined')],
  ])('does not send again after %s', async (_label, error) => {
    const { api, keys } = fakeApi([() => Promise.reject(error), ok]);
    await expect(sendCheckIn(api, 'g-1', BODY)).rejects.toBe(error);
    expect(keys).toHaveLength(1);
  });
});
