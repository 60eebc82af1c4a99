import { randomUUID } from 'node:crypto';
import type { Evidence } from '@northstar/shared';
import { activity } from './bot-activities.js';
import type { TestHost } from './harness.js';
import type { ApiResponse } from './problem-assertions.js';

type Json = Record<string, any>;

/** The link of the message in the message-action fixtures. */
export const FIXTURE_MESSAGE_LINK =
  'https://teams.microsoft.com/l/message/19:6decf54d86d945e4b3924b63a9161a78@thread.skype/1611060744833';
/** The fixture message's text once its HTML is removed. */
export const FIXTURE_MESSAGE_TEXT = 'Testing outgoing Webhook-Nikitha - Hi';

/** What a test substitutes in the fixture's message: only what names our people and data. */
export interface MessageChanges {
  /** The author (`from.user.id`, a demo person id); `null`: posted by an app. */
  authorId?: string | null;
  authorName?: string;
  messageId?: string;
  link?: unknown;
  html?: string;
}

/** `fetchTask` (the dialog opens) or `submitAction` (the dialog is sent) of a message action. */
export type ActionStep = 'fetchTask' | 'submitAction';

/**
 * A message action invoke from the documented fixtures: `from` opens `commandId` on a message
 * (the fixture's, with `changes`); a submitAction carries `data` and, unless `activityId` is
 * given, a fresh activity id (a retry reuses one).
 */
export function messageAction(
  step: ActionStep,
  from: string,
  commandId: string,
  options: { changes?: MessageChanges; data?: unknown; activityId?: string } = {},
): Json {
  const base =
    step === 'fetchTask'
      ? activity('fetch-task.message-action.request.json', { from })
      : activity('submit-action.message-action.composed.request.json', { from });
  base.id = options.activityId ?? `f:${randomUUID()}`;
  base.value.commandId = commandId;
  if (step === 'submitAction') base.value.data = options.data ?? {};
  applyChanges(base.value.messagePayload, options.changes ?? {});
  return base;
}

function applyChanges(payload: Json, changes: MessageChanges): void {
  if (changes.authorId === null) {
    payload.from.user = null;
    payload.from.application = { applicationIdentityType: 'bot', id: 'b8c1', displayName: 'Bot' };
  } else if (changes.authorId !== undefined) {
    payload.from.user = { ...payload.from.user, id: changes.authorId };
  }
  if (changes.authorName !== undefined) payload.from.user.displayName = changes.authorName;
  if (changes.messageId !== undefined) payload.id = changes.messageId;
  if ('link' in changes) payload.linkToMessage = changes.link;
  if (changes.html !== undefined) payload.body = { contentType: 'html', content: changes.html };
}

/** `POST /api/messages` with `body` (dev mode: no token). */
export function postActivity(host: TestHost, body: unknown): Promise<ApiResponse> {
  return host.call('POST', '/api/messages', { body });
}

/** Saves the fixture message (as `messageId`) on `goalId` through the bot, as `saverId`. */
export function saveViaBot(
  host: TestHost,
  saverId: string,
  goalId: string,
  messageId: string,
  note = '',
): Promise<ApiResponse> {
  const body = messageAction('submitAction', saverId, 'saveAsEvidence', {
    changes: { messageId },
    data: { goalId, note },
  });
  return postActivity(host, body);
}

/** `GET /api/goals/{id}/evidence` with an optional query string. */
export function getEvidence(
  host: TestHost,
  token: string | undefined,
  goalId: string,
  query = '',
): Promise<ApiResponse> {
  const path = `/api/goals/${encodeURIComponent(goalId)}/evidence${query}`;
  return host.call('GET', path, token ? { token } : {});
}

/** The evidence `messageId` became on `goalId`, read as the holder of `token`. */
export async function evidenceFor(
  host: TestHost,
  token: string,
  goalId: string,
  messageId: string,
): Promise<Evidence> {
  const res = await getEvidence(host, token, goalId, '?limit=200');
  const found = (res.body.items as Evidence[]).find((e) => e.messageId === messageId);
  if (!found) throw new Error(`No evidence for message ${messageId} on ${goalId}.`);
  return found;
}
