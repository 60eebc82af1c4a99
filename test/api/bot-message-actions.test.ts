import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_UNRELATED_ID,
  FABRIKAM_PERSON_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { SEED_EMPLOYEE_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import { cardText } from './bot-activities.js';
import {
  FIXTURE_MESSAGE_LINK,
  FIXTURE_MESSAGE_TEXT,
  evidenceFor,
  getEvidence,
  messageAction,
  postActivity,
  saveViaBot,
} from './bot-message-actions.js';
import { startTestHost, type TestHost } from './harness.js';
import { getKudos } from './kudos-fixtures.js';

/** A Contoso person who owns no goal. */
const NO_GOALS_ID = 'miriam-graham';
const CONTOSO_VALUES = ['Customer obsessed', 'One team', 'Own the outcome', 'Learn every day'];
type Json = Record<string, any>;

/** The dialog card of a fetchTask answer, after checking the answer's shape. */
function dialogCard(body: Json, title: string): Json {
  expect(body.task).toMatchObject({
    type: 'continue',
    value: { title, card: { contentType: 'application/vnd.microsoft.card.adaptive' } },
  });
  return body.task.value.card.content as Json;
}

const choicesOf = (card: Json): Json[] =>
  (card.body as Json[]).find((e) => e.type === 'Input.ChoiceSet')?.choices ?? [];

describe('the message actions through /api/messages', () => {
  let host: TestHost;
  let tokens: Record<string, string>;
  beforeAll(async () => {
    host = await startTestHost();
    const ids = [DEMO_EMPLOYEE_ID, DEMO_MANAGER_ID, DEMO_UNRELATED_ID];
    tokens = Object.fromEntries(
      await Promise.all(ids.map(async (id) => [id, await host.signIn(id)])),
    );
  });
  afterAll(() => host.close());
  const post = (body: Json) => postActivity(host, body);

  describe('Give kudos to the author', () => {
    const kudosTo = (authorId: string | null, data?: Json, activityId?: string) =>
      messageAction(data ? 'submitAction' : 'fetchTask', DEMO_MANAGER_ID, 'giveKudosToAuthor', {
        changes: { authorId },
        data,
        ...(activityId === undefined ? {} : { activityId }),
      });

    it('opens a dialog naming the author, with the company values and an empty message', async () => {
      const res = await post(kudosTo(DEMO_EMPLOYEE_ID));
      expect(res.status).toBe(200);
      const card = dialogCard(res.body, 'Give kudos');
      expect(cardText(card)).toMatch(/Kudos to \nArjun Mehta/);
      expect(cardText(card)).toContain(FIXTURE_MESSAGE_TEXT);
      expect(choicesOf(card).map((c) => c.value)).toEqual(CONTOSO_VALUES);
      expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Send kudos' }]);
    });

    it('gives kudos to the author once, even when Teams retries, and inserts the kudos card', async () => {
      const data = { companyValue: 'One team', message: 'Thanks for the drill!' };
      const first = await post(kudosTo(DEMO_EMPLOYEE_ID, data, 'f:retried-kudos'));
      expect(first.status).toBe(200);
      expect(first.body.composeExtension).toMatchObject({
        type: 'result',
        attachmentLayout: 'list',
      });
      const [attachment] = first.body.composeExtension.attachments as Json[];
      expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(cardText(attachment?.content)).toMatch(/Priya Raman[\s\S]*Arjun Mehta[\s\S]*One team/);
      const retry = await post(kudosTo(DEMO_EMPLOYEE_ID, data, 'f:retried-kudos'));
      expect(retry.body).toEqual(first.body);
      const listed = await getKudos(
        host,
        tokens[DEMO_UNRELATED_ID],
        DEMO_EMPLOYEE_ID,
        '?limit=200',
      );
      const given = (listed.body.items as Json[]).filter((k) => k.message === data.message);
      expect(given).toEqual([
        expect.objectContaining({
          giverId: DEMO_MANAGER_ID,
          value: 'One team',
          messageLink: FIXTURE_MESSAGE_LINK,
        }),
      ]);
    });

    it.each<[string, string | null, RegExp]>([
      ['a message posted by an app', null, /posted by an app/],
      ['the caller’s own message', DEMO_MANAGER_ID, /You wrote this message/],
      ['an author in another organisation', FABRIKAM_PERSON_ID, /not in your organisation/],
      [
        'an author the directory does not know',
        'b130c271-d2eb-45f9-83ab-9eb3fe3788bc',
        /not in your organisation/,
      ],
    ])('says plainly why there are no kudos for %s', async (_case, authorId, why) => {
      const data = { companyValue: 'One team', message: 'Thanks' };
      for (const body of [kudosTo(authorId), kudosTo(authorId, data)]) {
        const res = await post(body);
        expect(res.status).toBe(200);
        expect(res.body).toEqual({ task: { type: 'message', value: expect.stringMatching(why) } });
      }
    });

    it('refuses a value that is not one of the organisation’s, naming them', async () => {
      const res = await post(kudosTo(DEMO_EMPLOYEE_ID, { companyValue: 'Grit', message: 'Hi' }));
      expect(res.body).toEqual({
        task: { type: 'message', value: expect.stringContaining('"Customer obsessed"') },
      });
    });
  });

  describe('Save as evidence', () => {
    it('opens a dialog with the message and the caller’s active goals', async () => {
      const res = await post(messageAction('fetchTask', DEMO_EMPLOYEE_ID, 'saveAsEvidence'));
      const card = dialogCard(res.body, 'Save as evidence');
      expect(cardText(card)).toContain(FIXTURE_MESSAGE_TEXT);
      expect(cardText(card)).toContain('Olo Brockhouse');
      expect(
        choicesOf(card)
          .map((c) => c.value)
          .sort(),
      ).toEqual([SEED_EMPLOYEE_GOAL_ID, 'g-arjun-architect-cert'].sort());
      expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Save evidence' }]);
    });

    it('says there is no active goal, without a submit, for someone with none', async () => {
      const res = await post(messageAction('fetchTask', NO_GOALS_ID, 'saveAsEvidence'));
      const card = dialogCard(res.body, 'Save as evidence');
      expect(cardText(card)).toContain('You have no active goals');
      expect(JSON.stringify(card)).not.toContain('Action.Submit');
    });

    it('keeps the message on the goal once, visible to the owner and manager only', async () => {
      const saved = await saveViaBot(
        host,
        DEMO_EMPLOYEE_ID,
        SEED_EMPLOYEE_GOAL_ID,
        'm-flow',
        'Proof',
      );
      expect(saved.body).toEqual({
        task: { type: 'message', value: expect.stringMatching(/^Saved as evidence on "/) },
      });
      const again = await saveViaBot(host, DEMO_MANAGER_ID, SEED_EMPLOYEE_GOAL_ID, 'm-flow');
      expect(again.body.task.value).toMatch(/already evidence/);
      for (const reader of [DEMO_EMPLOYEE_ID, DEMO_MANAGER_ID]) {
        const res = await getEvidence(host, tokens[reader], SEED_EMPLOYEE_GOAL_ID);
        expect(res.status).toBe(200);
        const items = (res.body.items as Json[]).filter((e) => e.messageId === 'm-flow');
        expect(items).toEqual([
          expect.objectContaining({
            goalId: SEED_EMPLOYEE_GOAL_ID,
            messageUrl: FIXTURE_MESSAGE_LINK,
            text: FIXTURE_MESSAGE_TEXT,
            authorName: 'Olo Brockhouse',
            note: 'Proof',
            savedById: DEMO_EMPLOYEE_ID,
          }),
        ]);
      }
      const stranger = await getEvidence(host, tokens[DEMO_UNRELATED_ID], SEED_EMPLOYEE_GOAL_ID);
      expect(stranger.status).toBe(404);
    });

    it.each<[string, string | null]>([
      ['no link (Teams omits it)', null],
      ['an empty link (the Agents Playground sends one)', ''],
    ])('keeps a message with %s, without a link', async (_case, link) => {
      const messageId = `m-nolink-${String(link)}`;
      const body = messageAction('submitAction', DEMO_EMPLOYEE_ID, 'saveAsEvidence', {
        changes: { messageId, link },
        data: { goalId: SEED_EMPLOYEE_GOAL_ID },
      });
      expect((await postActivity(host, body)).body.task.value).toMatch(/^Saved as evidence/);
      const kept = await evidenceFor(
        host,
        tokens[DEMO_EMPLOYEE_ID] ?? '',
        SEED_EMPLOYEE_GOAL_ID,
        messageId,
      );
      expect(kept).toMatchObject({ messageUrl: null, text: FIXTURE_MESSAGE_TEXT });
    });

    it('lets the manager keep a message on the report’s goal', async () => {
      const res = await saveViaBot(host, DEMO_MANAGER_ID, SEED_EMPLOYEE_GOAL_ID, 'm-manager');
      expect(res.body.task.value).toMatch(/^Saved as evidence/);
    });
  });
});
