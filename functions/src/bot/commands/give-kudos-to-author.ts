import type { Person } from '@northstar/shared';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  IdSchema,
  KudosToAuthorDataSchema,
  kudosCard,
  kudosToAuthorDialog,
} from '@northstar/shared';
import { giveKudos } from '../../features/kudos/kudos-service.js';
import { DomainError, isDomainError } from '../../ports/errors.js';
import type { TurnResult } from '../agents-adapter.js';
import { parseInvokeValue } from '../bot-activity.js';
import type { ActionCommand } from '../bot-command.js';
import type { BotTurn } from '../bot-turn.js';
import { errorAnswer } from '../invoke-errors.js';
import { composeResult, taskDialog, taskMessage } from '../invoke-responses.js';
import { readMessageAction, safeMessageLink, type ChatMessage } from '../message-payload.js';

/**
 * `giveKudosToAuthor`: "Give kudos" in a message's "..." menu. The dialog names the message's
 * author (`messagePayload.from.user.id`, their Entra object id; in dev mode the demo person with
 * that id) and asks for one of the tenant's company values and a message. On submit the kudos go
 * from the caller to the author through the kudos service, with the invoke's activity id as the
 * idempotency key (a retried invoke gives them once), and the kudos card is inserted in the
 * compose box. A message by an app, by the caller, or by someone outside the organisation gets
 * a dialog message saying so; a bad value or payload, a dialog message naming the field.
 */
export const giveKudosToAuthor: ActionCommand = {
  kind: 'action',
  async fetchTask(turn, value) {
    const { message } = readMessageAction(value);
    const author = await authorOf(turn, message);
    if (typeof author === 'string') return taskMessage(author);
    const card = kudosToAuthorDialog({
      author,
      companyValues: turn.caller.settings.companyValues,
      message: { authorName: author.displayName, text: message.text },
    });
    return card
      ? taskDialog('Give kudos', card)
      : taskMessage('Your organisation has no company values to give kudos for yet.');
  },
  submitAction(turn, value) {
    return sendKudos(turn, value).catch((error: unknown) => errorAnswer('task', error));
  },
};

async function sendKudos(turn: BotTurn, value: unknown): Promise<TurnResult> {
  const { message, data } = readMessageAction(value);
  const input = parseInvokeValue(KudosToAuthorDataSchema, data, 'value.data');
  const author = await authorOf(turn, message);
  if (typeof author === 'string') return taskMessage(author);
  const messageLink = safeMessageLink(message);
  const { caller, activity, deps } = turn;
  const kudos = await giveKudos(
    deps.kudos,
    caller,
    {
      receiverId: author.id,
      value: input.companyValue,
      message: input.message,
      ...(messageLink === undefined ? {} : { messageLink }),
    },
    activity.id === undefined ? {} : { idempotencyKey: activity.id },
  ).catch(inWords);
  const card = kudosCard({
    giver: caller.person,
    receiver: author,
    value: kudos.value,
    message: kudos.message,
  });
  const preview = {
    contentType: 'application/vnd.microsoft.card.thumbnail' as const,
    content: { title: 'Kudos', subtitle: `To ${author.displayName}`, text: kudos.value },
  };
  return composeResult([{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card, preview }]);
}

/** The person kudos for `message` go to, or why there is none (said to the caller as is). */
async function authorOf(turn: BotTurn, message: ChatMessage): Promise<Person | string> {
  const { author } = message;
  if (author.kind === 'app') return 'Kudos are for people: this message was posted by an app.';
  if (author.kind === 'unknown') return 'Teams did not say who wrote this message.';
  const { caller, deps } = turn;
  if (author.id.toLowerCase() === caller.person.id.toLowerCase()) {
    return 'You wrote this message: kudos are for a colleague.';
  }
  const person = IdSchema.safeParse(author.id).success
    ? await deps.kudos.directory.getPerson(caller.tenantId, author.id)
    : null;
  const name = author.displayName.trim() || 'The author';
  return person ?? `${name} is not in your organisation, so Northstar cannot give them kudos.`;
}

/** What each field the kudos service names is, in the dialog's words. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  'body.receiverId': 'the author',
  'body.value': 'the company value',
  'body.message': 'the message',
};

/** A refusal of the kudos service said in the dialog's words (its fields are the API's). */
function inWords(error: unknown): never {
  if (!isDomainError(error) || error.code !== 'validation') throw error;
  const reasons = error.fieldErrors.map((f) => `${FIELD_WORDS[f.field] ?? f.field} ${f.message}`);
  throw new DomainError('validation', `Kudos not sent: ${reasons.join('; ')}.`);
}
