import { AgentsActivityProcessor } from './agents-adapter.js';

const INVOKE = {
  type: 'invoke',
  name: 'composeExtension/query',
  serviceUrl: 'https://smba.trafficmanager.net/amer/',
  from: { id: '29:user' },
  recipient: { id: '28:bot' },
  channelId: 'msteams',
  conversation: { id: 'conversation-1' },
};

describe('AgentsActivityProcessor', () => {
  const processor = new AgentsActivityProcessor();

  it('answers an invoke in the response with what the turn logic returned', async () => {
    const result = await processor.process(INVOKE, (context) =>
      Promise.resolve({ status: 207, body: { name: context.activity.name } }),
    );
    expect(result).toEqual({ status: 207, body: { name: 'composeExtension/query' } });
  });

  it('acknowledges an activity the logic does not answer with an empty 200', async () => {
    const result = await processor.process({ ...INVOKE, type: 'message' }, () =>
      Promise.resolve(undefined),
    );
    expect(result).toEqual({ status: 200, body: undefined });
  });

  it('lets an error of the turn logic through instead of messaging the channel', async () => {
    const failure = new Error('store down');
    await expect(processor.process(INVOKE, () => Promise.reject(failure))).rejects.toBe(failure);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a locale that is not text (its zod check)', { locale: 42 }],
    ['no channel id (its own check)', { channelId: undefined }],
  ])(
    'turns an activity with %s, which the SDK refuses, into a validation error',
    async (_c, change) => {
      const answer = () => Promise.resolve({ status: 200 });
      await expect(processor.process({ ...INVOKE, ...change }, answer)).rejects.toMatchObject({
        code: 'validation',
      });
    },
  );

  it('keeps an SDK-looking error of the turn logic as it was thrown', async () => {
    const failure = Object.assign(new Error('from our code'), { code: -1 });
    await expect(processor.process(INVOKE, () => Promise.reject(failure))).rejects.toBe(failure);
  });
});
