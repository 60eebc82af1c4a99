import { statusFor } from '../http/problem.js';
import { isDomainError, type DomainError } from '../ports/errors.js';
import type { TurnResult } from './agents-adapter.js';
import { cardError, composeMessage, taskMessage } from './invoke-responses.js';

/** How an invoke answers: message-extension result, dialog, or Universal Action. */
export type InvokeKind = 'compose' | 'task' | 'card';

/**
 * Answers an invoke that failed with a `DomainError` in the shape its kind expects, so Teams
 * shows the reason (an unknown command, a bad field, a goal you may not change). Anything else
 * is rethrown: the route pipeline turns it into a 500 with a trace id and logs it.
 */
export function errorAnswer(kind: InvokeKind, error: unknown): TurnResult {
  if (!isDomainError(error)) throw error;
  const text = describe(error);
  switch (kind) {
    case 'compose':
      return composeMessage(text);
    case 'task':
      return taskMessage(text);
    case 'card':
      return cardError(statusFor(error.code).status, error.code, text);
  }
}

function describe(error: DomainError): string {
  if (error.fieldErrors.length === 0) return error.message;
  const fields = error.fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; ');
  return `${error.message} (${fields})`;
}
