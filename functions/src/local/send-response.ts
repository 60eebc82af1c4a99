import type { ServerResponse } from 'node:http';
import type { HttpResponseInit } from '@azure/functions';
import { HttpResponse } from '../http/azure-functions.js';

/** Statuses that carry no body (the fetch spec's "null body status"). */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * Writes a handler's answer exactly as Azure Functions' `HttpResponse` would: a `jsonBody` is
 * JSON with `content-type: application/json` unless the handler set one. Plain JSON answers (the
 * API's) are written directly; anything else (a string or stream body, cookies, a `Headers`
 * object) goes through `HttpResponse` itself, which costs a fetch `Response` per request.
 */
export async function sendResponse(res: ServerResponse, init: HttpResponseInit): Promise<void> {
  const headers = init.headers;
  const plain =
    init.body === undefined &&
    init.cookies === undefined &&
    (headers === undefined || (typeof headers === 'object' && headers.constructor === Object));
  if (!plain) {
    await sendThroughResponse(res, new HttpResponse(init));
    return;
  }
  const status = init.status ?? 200;
  res.statusCode = status;
  const fields = (headers ?? {}) as Record<string, string>;
  for (const [key, value] of Object.entries(fields)) res.setHeader(key, value);
  if (init.jsonBody === undefined || init.jsonBody === null || NULL_BODY_STATUSES.has(status)) {
    res.end();
    return;
  }
  if (!res.hasHeader('content-type')) res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(init.jsonBody));
}

/** Copies a built `HttpResponse` to the socket. */
export async function sendThroughResponse(
  res: ServerResponse,
  response: InstanceType<typeof HttpResponse>,
): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, key) => res.setHeader(key, value));
  res.end(Buffer.from(await response.arrayBuffer()));
}
