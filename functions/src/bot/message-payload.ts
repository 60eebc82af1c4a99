import { EVIDENCE_AUTHOR_MAX_LENGTH, MessageIdSchema, MessageLinkSchema } from '@northstar/shared';
import { z } from 'zod';
import { parseInvokeValue } from './bot-activity.js';
import { messageText } from './message-text.js';

/** Teams messages are at most about 28 KB; a body far over that is not one. */
const MAX_CONTENT_LENGTH = 200_000;

/** A user or an app in a message payload (`from.user`, `from.application`). */
const IdentitySchema = z.looseObject({
  id: z.string().min(1).max(256),
  displayName: z.string().max(EVIDENCE_AUTHOR_MAX_LENGTH).nullish(),
});

/**
 * The parts of `value.messagePayload` (the message a "..." menu action was opened on) this bot
 * reads: Teams sends it with both `fetchTask` and `submitAction`. `linkToMessage` is absent in
 * older examples, so it is checked only where it is needed.
 */
const MessagePayloadSchema = z.looseObject({
  id: MessageIdSchema,
  linkToMessage: z.string().max(2048).nullish(),
  body: z.looseObject({
    contentType: z.string().max(32).nullish(),
    content: z.string().max(MAX_CONTENT_LENGTH).nullish(),
  }),
  from: z
    .looseObject({ user: IdentitySchema.nullish(), application: IdentitySchema.nullish() })
    .nullish(),
});

const MessageActionValueSchema = z.looseObject({
  messagePayload: MessagePayloadSchema,
  data: z.unknown().optional(),
});

/** Who wrote a message: a person (Entra object id in Teams), an app, or nobody Teams named. */
export type MessageAuthor =
  | { kind: 'user'; id: string; displayName: string }
  | { kind: 'app'; displayName: string }
  | { kind: 'unknown'; displayName: string };

/** The message a message action was opened on, as this bot uses it. */
export interface ChatMessage {
  id: string;
  /** `linkToMessage` as sent (not yet checked to be https). */
  link: string | null;
  /** Plain text of the body (HTML removed). */
  text: string;
  author: MessageAuthor;
}

/** A message action's invoke value: the message, and the dialog's inputs on submit. */
export interface MessageAction {
  message: ChatMessage;
  /** `value.data`, unparsed (each command parses its own dialog's inputs). */
  data: unknown;
}

/**
 * Reads the invoke value of a message action (`fetchTask` or `submitAction` with
 * `commandContext: message`). A missing or malformed `messagePayload` is a `validation` error
 * naming its fields (`body.value.messagePayload...`).
 */
export function readMessageAction(value: unknown): MessageAction {
  const { messagePayload: payload, data } = parseInvokeValue(MessageActionValueSchema, value);
  const { user, application } = payload.from ?? {};
  const author: MessageAuthor = user
    ? { kind: 'user', id: user.id, displayName: user.displayName ?? '' }
    : application
      ? { kind: 'app', displayName: application.displayName ?? '' }
      : { kind: 'unknown', displayName: '' };
  const message: ChatMessage = {
    id: payload.id,
    link: payload.linkToMessage ?? null,
    text: messageText(payload.body.content ?? '', payload.body.contentType),
    author,
  };
  return { message, data };
}

/**
 * The message's link when it is one the tab may show (`https`, at most 2,048 characters);
 * `undefined` for none, or any other.
 */
export function safeMessageLink(message: ChatMessage): string | undefined {
  const parsed = MessageLinkSchema.safeParse(message.link);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The link to keep with a message: {@link safeMessageLink}, `null` when the client sent none
 * (the Agents Playground sends `''`), and `undefined` for one that is not `https`.
 */
export function linkToKeep(message: ChatMessage): string | null | undefined {
  if (message.link === null || message.link.trim() === '') return null;
  return safeMessageLink(message);
}
