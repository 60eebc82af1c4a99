import type { HttpRequest } from '@azure/functions';
import { DomainError } from '../ports/errors.js';

/** Largest JSON body accepted; bigger ones are refused before parsing. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Reads and parses a JSON body, turning malformed JSON into a 400 naming `body`. */
export async function readJsonBody(request: HttpRequest): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    throw bodyTooLarge();
  }
  if (text.trim() === '') throw bodyError('is required (a JSON object)');
  if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
    throw bodyError('must be sent with content-type application/json');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw bodyError('is not valid JSON');
  }
}

/** The one answer to an oversized body, from the pipeline and from the local host alike. */
export function bodyTooLarge(): DomainError {
  return bodyError(`must be at most ${String(MAX_BODY_BYTES)} bytes`);
}

function bodyError(message: string): DomainError {
  return new DomainError('validation', `The request body ${message}.`, {
    fieldErrors: [{ field: 'body', message }],
  });
}
