import fc from 'fast-check';
import { EVIDENCE_TEXT_MAX_LENGTH } from '@northstar/shared';
import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_UNRELATED_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { SEED_EMPLOYEE_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import {
  getEvidence,
  messageAction,
  postActivity,
  type ActionStep,
} from './bot-message-actions.js';
import { startTestHost, type TestHost } from './harness.js';
import { hugeString } from './hostile-values.js';

type Json = Record<string, any>;
const OWNER = DEMO_EMPLOYEE_ID;
const TEAM_GOAL_ID = 'g-eng-weekly-releases';
const STEPS: ActionStep[] = ['fetchTask', 'submitAction'];
const COMMANDS = ['saveAsEvidence', 'giveKudosToAuthor'];

/** A message action with `mutate` applied to it. */
function changed(base: Json, mutate: (a: Json) => void): Json {
  mutate(base);
  return base;
}

/** The employee saving the fixture message as `messageId` on `goalId`, with `data` changes. */
const save = (messageId: string, data: Json, from = OWNER, changes: Json = {}) =>
  messageAction('submitAction', from, 'saveAsEvidence', {
    changes: { messageId, ...changes },
    data: { goalId: SEED_EMPLOYEE_GOAL_ID, ...data },
  });
const kudos = (data: unknown) =>
  messageAction('submitAction', DEMO_MANAGER_ID, 'giveKudosToAuthor', {
    changes: { authorId: OWNER },
    data,
  });

describe('hostile message actions on /api/messages', () => {
  let host: TestHost;
  let ownerToken: string;
  beforeAll(async () => {
    host = await startTestHost();
    ownerToken = await host.signIn(OWNER);
  });
  afterAll(() => host.close());
  const post = (body: Json) => postActivity(host, body);
  const keptIds = async () => {
    const res = await getEvidence(host, ownerToken, SEED_EMPLOYEE_GOAL_ID, '?limit=200');
    return (res.body.items as Json[]).map((e) => e.messageId as string);
  };

  const noPayload = (step: ActionStep, commandId: string) =>
    changed(messageAction(step, OWNER, commandId, { data: {} }), (a) => {
      delete a.value.messagePayload;
    });
  const badPayload = (step: ActionStep, commandId: string, payload: unknown) =>
    changed(messageAction(step, OWNER, commandId, { data: {} }), (a) => {
      a.value.messagePayload = payload;
    });

  it.each(
    STEPS.flatMap((step) =>
      COMMANDS.flatMap((commandId): [string, Json, RegExp][] => [
        [`${commandId} ${step} without a message`, noPayload(step, commandId), /messagePayload/],
        [
          `${commandId} ${step} with a text payload`,
          badPayload(step, commandId, 'x'),
          /messagePayload/,
        ],
        [
          `${commandId} ${step} with a numeric message id`,
          badPayload(step, commandId, { id: 42, body: {} }),
          /messagePayload\.id/,
        ],
        [
          `${commandId} ${step} with a body over 200,000 characters`,
          messageAction(step, OWNER, commandId, { changes: { html: 'x'.repeat(200_001) } }),
          /body\.content/,
        ],
      ]),
    ),
  )('answers %s by a dialog message saying why', async (_case, body, why) => {
    const res = await post(body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ task: { type: 'message', value: expect.stringMatching(why) } });
  });

  it.each<[string, unknown]>([
    ['an http link', 'http://teams.microsoft.com/l/message/1'],
    ['a javascript: link', 'javascript:alert(1)'],
    ['a relative link', '/l/message/1'],
  ])('refuses to keep a message with %s, and keeps nothing', async (_case, link) => {
    const messageId = `m-link-${String(link)}`.replace(/[^\x21-\x7e]/g, '');
    for (const step of STEPS) {
      const body =
        step === 'submitAction'
          ? save(messageId, {}, OWNER, { link })
          : messageAction(step, OWNER, 'saveAsEvidence', { changes: { link } });
      const res = await post(body);
      expect(res.body).toEqual({
        task: { type: 'message', value: expect.stringMatching(/https link/) },
      });
    }
    expect(await keptIds()).not.toContain(messageId);
  });

  it.each<[string, Json, string, RegExp]>([
    ['a numeric goal id', { goalId: 7 }, OWNER, /value\.data\.goalId/],
    ['no goal id', { goalId: undefined }, OWNER, /value\.data\.goalId/],
    ['a path as goal id', { goalId: '../g-arjun-failover' }, OWNER, /value\.data\.goalId/],
    ['a note over 500 characters', { note: 'n'.repeat(501) }, OWNER, /value\.data\.note/],
    [
      'a goal that does not exist',
      { goalId: 'g-nothing' },
      OWNER,
      /no goal g-nothing that you can see/,
    ],
    ['another tenant’s goal', { goalId: 'g-fab-lisbon-hub' }, OWNER, /no goal g-fab-lisbon-hub/],
    [
      'someone else’s private goal',
      {},
      DEMO_UNRELATED_ID,
      /no goal g-arjun-failover that you can see/,
    ],
    ['a team goal the saver may not edit', { goalId: TEAM_GOAL_ID }, OWNER, /Only the owner/],
    ['an archived goal', { goalId: 'g-wei-self-hosted-runners' }, DEMO_MANAGER_ID, /archived/],
  ])('refuses to save with %s, saying why and keeping nothing', async (_case, data, from, why) => {
    const messageId = `m-refused-${_case.replace(/[^a-z]/g, '')}`;
    const res = await post(save(messageId, data, from));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ task: { type: 'message', value: expect.stringMatching(why) } });
    expect(await keptIds()).not.toContain(messageId);
  });

  it('keeps only the start of a huge message', async () => {
    const html = `<p>${'word '.repeat(30_000)}</p>`;
    const res = await post(save('m-huge', {}, OWNER, { html }));
    expect(res.body.task.value).toMatch(/^Saved as evidence/);
    const list = await getEvidence(host, ownerToken, SEED_EMPLOYEE_GOAL_ID, '?limit=200');
    const huge = (list.body.items as Json[]).find((e) => e.messageId === 'm-huge');
    expect(Array.from(huge?.text as string)).toHaveLength(EVIDENCE_TEXT_MAX_LENGTH);
    expect(huge?.text).toMatch(/^word word .*…$/);
  });

  it.each<[string, unknown, RegExp]>([
    ['no dialog data', undefined, /value\.data/],
    ['a blank message', { companyValue: 'One team', message: '   ' }, /value\.data\.message/],
    ['a message over the limit', { companyValue: 'One team', message: 'm'.repeat(501) }, /message/],
    ['a numeric value', { companyValue: 3, message: 'Hi' }, /value\.data\.companyValue/],
    ['another tenant’s value', { companyValue: 'Safety first', message: 'Hi' }, /company value/],
  ])('refuses kudos with %s, saying why', async (_case, data, why) => {
    const res = await post(kudos(data));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ task: { type: 'message', value: expect.stringMatching(why) } });
  });

  /** Any JSON value, hostile strings and keys included. */
  const anyValue: fc.Arbitrary<unknown> = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    hugeString.map((text) => JSON.parse(text) as unknown),
    fc.constantFrom(null, [], {}, { constructor: 1 }, { messagePayload: { __proto__: 1 } }),
  );
  const answeredCleanly = (res: { status: number; body: Json }) => {
    expect(res.status).toBe(200);
    const kind = res.body.task?.type ?? res.body.composeExtension?.type;
    expect(['continue', 'message', 'result']).toContain(kind);
  };

  it.each(STEPS.flatMap((step) => COMMANDS.map((commandId) => [step, commandId] as const)))(
    '%s of %s answers any value or dialog data cleanly, never a 5xx',
    async (step, commandId) => {
      await fc.assert(
        fc.asyncProperty(anyValue, anyValue, async (value, data) => {
          const base = messageAction(step, OWNER, commandId, { data });
          answeredCleanly(await post(base));
          answeredCleanly(await post({ ...base, value: value as Json }));
        }),
        { numRuns: 25 },
      );
    },
    60_000,
  );
});
