import { DomainError } from '../ports/errors.js';
import type { ApiRequest } from './api-request.js';

/** Largest JSON body accepted; bigger ones are refused before parsing. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Reads and parses a JSON body, turning malformed JSON into a 400 naming `body`. */
export async function readJsonBody(request: ApiRequest): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    throw bodyTooLarge();
  }
  if (text.trim() === '') throw bodyError('is required (a JSON object)');
  if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
    throw bodyError('must be sent with content-type application/json');
  }
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw bodyError('is not valid JSON');
  }
  const protoPath = findProtoKey(body, 'body');
  if (protoPath) {
    throw new DomainError('validation', `The request field ${protoPath} is not allowed.`, {
      fieldErrors: [{ field: protoPath, message: 'is not allowed' }],
    });
  }
  return body;
}

interface PathNode {
  key: string;
  parent: PathNode | undefined;
}

/**
 * The path of the first own `__proto__` key at any depth. Schemas refuse it as an unknown key in
 * fixed objects, but a record (answers by question id) would drop it silently before validation.
 * Iterative with shared path nodes, so a deeply nested body costs linear time and no stack.
 */
function findProtoKey(root: unknown, rootKey: string): string | undefined {
  const pending: [unknown, PathNode][] = [[root, { key: rootKey, parent: undefined }]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, node] = next;
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      const childNode = { key, parent: node };
      if (key === '__proto__') return pathOf(childNode);
      pending.push([child, childNode]);
    }
  }
  return undefined;
}

function pathOf(node: PathNode): string {
  const keys: string[] = [];
  for (let n: PathNode | undefined = node; n; n = n.parent) keys.unshift(n.key);
  return keys.join('.');
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
