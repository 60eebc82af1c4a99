import { randomUUID } from 'node:crypto';
import type { HttpResponseInit } from '@azure/functions';
import { DomainError } from '../ports/errors.js';
import type { ApiInvocation, ApiRequest } from './api-request.js';
import type { TokenVerifier } from './auth/identity.js';
import { readBearerToken } from './auth/bearer.js';
import type { Route } from './define-route.js';
import { parseOrThrow } from './field-errors.js';
import { problemResponse } from './problem.js';
import { readJsonBody } from './read-body.js';

const ANONYMOUS = { tenantId: '', userId: '', name: '', appRoles: [] };

/**
 * The request pipeline every route runs through, under Azure Functions and the local host alike:
 * authenticate -> parse -> call -> map. Any error becomes problem+json here and nowhere else.
 */
export async function handleRequest(
  route: Route,
  request: ApiRequest,
  context: ApiInvocation,
  verifier: TokenVerifier,
): Promise<HttpResponseInit> {
  const traceId = context.invocationId || randomUUID();
  try {
    const identity = route.authenticate
      ? await verifier.verify(readBearerToken(request.headers.get('authorization')))
      : ANONYMOUS;
    const params = route.params ? parseOrThrow('params', route.params, { ...request.params }) : {};
    const query = route.query ? parseOrThrow('query', route.query, queryObject(request)) : {};
    const body = route.body
      ? parseOrThrow('body', route.body, await readJsonBody(request))
      : undefined;
    const result = await route.handler({
      identity,
      params,
      query,
      body,
      ifMatch: readIfMatch(request.headers.get('if-match')),
      request,
    });
    const headers: Record<string, string> = { 'cache-control': 'no-store', ...result.headers };
    if (result.etag !== undefined) headers.etag = `"${result.etag}"`;
    return {
      status: result.status ?? route.successStatus ?? 200,
      headers,
      ...(result.body === undefined ? {} : { jsonBody: result.body }),
    };
  } catch (error) {
    if (!(error instanceof DomainError)) context.error(`[${traceId}] ${route.name} failed`, error);
    return problemResponse(error, traceId);
  }
}

function queryObject(request: ApiRequest): Record<string, string> {
  // No prototype: `?__proto__=` or `?constructor=` must arrive as plain unknown keys.
  const out = Object.create(null) as Record<string, string>;
  for (const [key, value] of request.query.entries()) {
    if (key in out) {
      throw new DomainError('validation', `Query parameter ${key} is given twice.`, {
        fieldErrors: [{ field: `query.${key}`, message: 'must be given once' }],
      });
    }
    out[key] = value;
  }
  return out;
}

function readIfMatch(header: string | null): string | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim().replace(/^W\//, '');
  return trimmed.replace(/^"(.*)"$/, '$1');
}
