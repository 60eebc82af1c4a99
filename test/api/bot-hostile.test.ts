import { CALLER_IDS } from './callers.js';
import { activity, cardActionActivity, searchActivity, unfurlActivity } from './bot-activities.js';
import { startTestHost, type TestHost } from './harness.js';
import { expectFieldProblem, expectProblem } from './problem-assertions.js';

const OWNER = CALLER_IDS.owner;
const HUGE = 'x'.repeat(5000);
type Json = Record<string, any>;

/** `activity` with `mutate` applied to a copy. */
const changed = (base: Json, mutate: (a: Json) => void): Json => {
  const copy = structuredClone(base);
  mutate(copy);
  return copy;
};

describe('hostile and unexpected activities on /api/messages', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.close());

  const post = (body: unknown) => host.call('POST', '/api/messages', { body });
  const search = searchActivity(OWNER, 'goal');

  it.each<[string, Record<string, string>, string]>([
    ['is empty', {}, ''],
    ['is not JSON', { 'content-type': 'application/json' }, '{"type":'],
    ['is not sent as JSON', { 'content-type': 'text/plain' }, JSON.stringify(search)],
    ['is a JSON array', { 'content-type': 'application/json' }, '[]'],
    ['holds a __proto__ key', { 'content-type': 'application/json' }, '{"__proto__":{"x":1}}'],
  ])('answers a body that %s with a 400 naming the body', async (_case, headers, rawBody) => {
    const res = await host.call('POST', '/api/messages', { headers, rawBody });
    expectFieldProblem(res, 'body');
  });

  it('refuses a body over the size limit with a 400', async () => {
    const res = await post({ ...search, text: 'x'.repeat(300 * 1024) });
    expectFieldProblem(res, 'body');
  });

  it.each<[string, (a: Json) => void, string]>([
    ['no type', (a) => delete a.type, 'body.type'],
    ['a numeric type', (a) => (a.type = 5), 'body.type'],
    ['no channelId', (a) => delete a.channelId, 'body.channelId'],
    ['a channelId the SDK cannot parse', (a) => (a.channelId = ':teams'), 'body.channelId'],
    ['no from', (a) => delete a.from, 'body.from'],
    ['no recipient', (a) => delete a.recipient, 'body.recipient'],
    ['no conversation id', (a) => (a.conversation = {}), 'body.conversation.id'],
    ['a javascript: serviceUrl', (a) => (a.serviceUrl = 'javascript:alert(1)'), 'body.serviceUrl'],
    ['a huge invoke name', (a) => (a.name = HUGE), 'body.name'],
    ['a huge caller id', (a) => (a.from.aadObjectId = HUGE), 'body.from.aadObjectId'],
  ])('answers an activity with %s with a 400 naming the field', async (_case, mutate, field) => {
    expectFieldProblem(await post(changed(search, mutate)), field);
  });

  it.each([
    ['the documented anonymous link unfurl', activity('anonymous-query-link.request.json')],
    ['a name it does not know', changed(search, (a) => (a.name = 'signin/verifyState'))],
    ['no name', changed(search, (a) => delete a.name)],
  ])('answers an invoke with %s with a 400 naming the invoke', async (_case, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'unknown_invoke', message: expect.any(String) });
  });

  it.each<[string, Json, RegExp]>([
    ['no value', changed(search, (a) => delete a.value), /body\.value/],
    ['a numeric command id', changed(search, (a) => (a.value.commandId = 7)), /commandId/],
    [
      'the doc’s own command id',
      activity('compose-extension-query.request.json', { from: OWNER }),
      /no search command "searchCmd"/,
    ],
    ['the doc’s own caller', activity('compose-extension-query.request.json'), /demo person/],
    ['an inherited name as command', searchActivity(OWNER, 'a', 'toString'), /toString/],
    ['an action command as search', searchActivity(OWNER, 'a', 'saveAsEvidence'), /search command/],
    ['a huge search text', searchActivity(OWNER, HUGE), /parameters\.0\.value/],
    [
      'parameters that are not a list',
      changed(search, (a) => (a.value.parameters = 'x')),
      /parameters/,
    ],
    ['a negative skip', changed(search, (a) => (a.value.queryOptions.skip = -1)), /skip/],
    ['a text count', changed(search, (a) => (a.value.queryOptions.count = 'ten')), /count/],
    ['an unknown person', searchActivity('nobody-here', 'a'), /demo person/],
    ['no Entra user', changed(search, (a) => delete a.from.aadObjectId), /aadObjectId/],
    ['a link that is not a string', unfurlActivity(OWNER, 42 as never), /url/],
    ['a huge link', unfurlActivity(OWNER, `https://x/${HUGE}`), /url/],
  ])(
    'answers a message-extension invoke with %s by a message saying why',
    async (_c, body, why) => {
      const res = await post(body);
      expect(res.status).toBe(200);
      expect(res.body.composeExtension).toEqual({
        type: 'message',
        text: expect.stringMatching(why),
      });
    },
  );

  it.each<[string, Json, number]>([
    ['no value', changed(cardActionActivity(OWNER, 'checkIn', {}), (a) => delete a.value), 400],
    [
      'an Action.Submit',
      changed(
        cardActionActivity(OWNER, 'checkIn', {}),
        (a) => (a.value.action.type = 'Action.Submit'),
      ),
      400,
    ],
    [
      'no data',
      changed(cardActionActivity(OWNER, 'refreshGoal', {}), (a) => delete a.value.action.data),
      400,
    ],
    ['a number as data', cardActionActivity(OWNER, 'refreshGoal', 5 as never), 400],
    ['an unknown person', cardActionActivity('nobody-here', 'refreshGoal', { goalId: 'g' }), 403],
  ])('answers a card action with %s by an error with its status', async (_c, body, statusCode) => {
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode, type: 'application/vnd.microsoft.error' });
  });

  it.each<[string, Json, Json]>([
    [
      'fetchTask',
      activity('fetch-task.request.json', { from: OWNER }),
      { task: { type: 'message' } },
    ],
    [
      'submitAction',
      activity('submit-action.request.json', { from: OWNER }),
      { composeExtension: { type: 'message' } },
    ],
  ])('answers the documented %s of an unknown command by a message', async (_c, body, shape) => {
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject(shape);
    expect(JSON.stringify(res.body)).toMatch(/no action command/);
  });

  it.each([['giveKudosToAuthor'], ['saveAsEvidence']])(
    'answers the message action %s opened without a message by a message naming it',
    async (commandId) => {
      const body = activity('fetch-task.request.json', { from: OWNER });
      body.value.commandId = commandId;
      const res = await post(body);
      expect(res.body).toEqual({
        task: { type: 'message', value: expect.stringMatching(/messagePayload/) },
      });
    },
  );

  it.each([['message'], ['conversationUpdate'], ['typing']])(
    'acknowledges a %s activity with an empty 200',
    async (type) => {
      const res = await post(changed(search, (a) => (a.type = type)));
      expect(res.status).toBe(200);
      expect(res.body).toBeUndefined();
    },
  );

  it('answers GET with 405, not the tab', async () => {
    expectProblem(await host.call('GET', '/api/messages'), 405);
  });
});
