import { ADAPTIVE_CARD_CONTENT_TYPE as ADAPTIVE_CARD } from '@northstar/shared';
import type { TurnResult } from './agents-adapter.js';

/** The content type of a Universal Actions error answer. */
const ACTION_ERROR = 'application/vnd.microsoft.error';

/** A small card shown in the message extension's result list. */
export interface ThumbnailPreview {
  contentType: 'application/vnd.microsoft.card.thumbnail';
  content: { title: string; subtitle?: string; text?: string };
}

/** One card in a message-extension answer, with the preview shown in the result list. */
export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD;
  content: object;
  preview?: ThumbnailPreview;
}

/** `composeExtension/query` and `/queryLink` answer: a list of cards to insert. */
export function composeResult(attachments: CardAttachment[]): TurnResult {
  return {
    status: 200,
    body: { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } },
  };
}

/** A message-extension answer that shows `text` instead of results (errors, hints). */
export function composeMessage(text: string): TurnResult {
  return { status: 200, body: { composeExtension: { type: 'message', text } } };
}

/** `composeExtension/fetchTask` answer that shows `text` instead of a dialog. */
export function taskMessage(text: string): TurnResult {
  return { status: 200, body: { task: { type: 'message', value: text } } };
}

/**
 * `composeExtension/fetchTask` answer that opens a dialog showing `card`. The card travels as an
 * attachment (`TaskModuleTaskInfo.card` is an `Attachment` in the Bot Framework schema; some doc
 * examples show a bare card there).
 */
export function taskDialog(title: string, card: object): TurnResult {
  const value = {
    title,
    height: 'medium',
    width: 'medium',
    card: { contentType: ADAPTIVE_CARD, content: card },
  };
  return { status: 200, body: { task: { type: 'continue', value } } };
}

/** `adaptiveCard/action` answer: the card that replaces the one acted on, for this viewer. */
export function cardAnswer(card: object): TurnResult {
  return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD, value: card } };
}

/**
 * `adaptiveCard/action` error answer (Universal Actions): Teams keeps the card and shows
 * `message`. `statusCode` is the HTTP status of the failure (400, 403, 404, ...).
 */
export function cardError(statusCode: number, code: string, message: string): TurnResult {
  return {
    status: 200,
    body: { statusCode, type: ACTION_ERROR, value: { code, message } },
  };
}

/** An invoke this bot does not handle at all: a 400 saying which name it got. */
export function unknownInvoke(name: string | undefined): TurnResult {
  const shown = name === undefined || name === '' ? '(none)' : JSON.stringify(name);
  return {
    status: 400,
    body: {
      code: 'unknown_invoke',
      message: `Northstar does not handle the invoke ${shown}.`,
    },
  };
}
