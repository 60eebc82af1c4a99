import type { HttpResponseInit } from '@azure/functions';
import type { ErrorCode, FieldError } from '../ports/errors.js';
import { DomainError } from '../ports/errors.js';

interface StatusInfo {
  status: number;
  title: string;
}

/** The one place an error code becomes an HTTP status. Exhaustive: a new code fails to compile. */
export function statusFor(code: ErrorCode): StatusInfo {
  switch (code) {
    case 'validation':
      return { status: 400, title: 'The request is not valid' };
    case 'unauthenticated':
      return { status: 401, title: 'Sign-in required' };
    case 'forbidden':
      return { status: 403, title: 'Not allowed' };
    case 'not_found':
      return { status: 404, title: 'Not found' };
    case 'conflict':
      return { status: 409, title: 'Conflict' };
    case 'precondition_failed':
      return { status: 412, title: 'Changed since you loaded it' };
    case 'precondition_required':
      return { status: 428, title: 'If-Match header required' };
    case 'throttled':
      return { status: 429, title: 'Too many requests' };
    case 'upstream_unavailable':
      return { status: 503, title: 'A service we depend on is unavailable' };
  }
}

const PROBLEM_TYPE_BASE = 'https://northstar.example/problems/';

/** Builds an `application/problem+json` response (RFC 9457) for any thrown value. */
export function problemResponse(error: unknown, traceId: string): HttpResponseInit {
  if (error instanceof DomainError) {
    const { status, title } = statusFor(error.code);
    const headers: Record<string, string> = {
      'content-type': 'application/problem+json',
      'cache-control': 'no-store',
    };
    if (error.retryAfter !== undefined) headers['retry-after'] = String(error.retryAfter);
    if (status === 401) headers['www-authenticate'] = 'Bearer';
    return {
      status,
      headers,
      jsonBody: problemBody(error.code, status, title, error.message, traceId, error.fieldErrors),
    };
  }
  // Unexpected: never send its message to the client; the trace id finds it in the logs.
  return {
    status: 500,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
    jsonBody: problemBody(
      'internal',
      500,
      'Something went wrong on our side',
      `Please retry; if it keeps failing, quote trace id ${traceId}.`,
      traceId,
      [],
    ),
  };
}

function problemBody(
  code: string,
  status: number,
  title: string,
  detail: string,
  traceId: string,
  errors: FieldError[],
) {
  return {
    type: PROBLEM_TYPE_BASE + code,
    title,
    status,
    detail,
    code,
    traceId,
    ...(errors.length > 0 ? { errors } : {}),
  };
}
