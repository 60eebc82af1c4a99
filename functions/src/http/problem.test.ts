import type { ErrorCode } from '../ports/errors.js';
import { DomainError } from '../ports/errors.js';
import { problemResponse, statusFor } from './problem.js';

const TRACE = 'trace-123';

/** Every code with its documented status; `satisfies` keeps the table complete. */
const STATUSES = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  precondition_required: 428,
  throttled: 429,
  upstream_unavailable: 503,
} satisfies Record<ErrorCode, number>;

const CASES = Object.entries(STATUSES) as [ErrorCode, number][];

const headersOf = (init: ReturnType<typeof problemResponse>) =>
  init.headers as Record<string, string>;

describe('statusFor', () => {
  it.each(CASES)('maps %s to %i with a title', (code, status) => {
    const info = statusFor(code);
    expect(info.status).toBe(status);
    expect(info.title).not.toBe('');
  });
});

describe('problemResponse for a DomainError', () => {
  it.each(CASES)('answers %s as problem+json with status %i', (code, status) => {
    const init = problemResponse(new DomainError(code, `the ${code} detail`), TRACE);
    expect(init.status).toBe(status);
    expect(headersOf(init)['content-type']).toBe('application/problem+json');
    expect(init.jsonBody).toEqual({
      type: `https://northstar.example/problems/${code}`,
      title: statusFor(code).title,
      status,
      detail: `the ${code} detail`,
      code,
      traceId: TRACE,
    });
  });

  it('asks for a bearer token on 401', () => {
    const init = problemResponse(new DomainError('unauthenticated', 'no token'), TRACE);
    expect(headersOf(init)['www-authenticate']).toBe('Bearer');
  });

  it.each(CASES.filter(([code]) => code !== 'unauthenticated'))(
    'sends no www-authenticate on %s',
    (code) => {
      const init = problemResponse(new DomainError(code, 'x'), TRACE);
      expect(headersOf(init)).not.toHaveProperty('www-authenticate');
    },
  );

  it('tells a throttled caller when to retry', () => {
    const init = problemResponse(
      new DomainError('throttled', 'slow down', { retryAfter: 7 }),
      TRACE,
    );
    expect(init.status).toBe(429);
    expect(headersOf(init)['retry-after']).toBe('7');
  });

  it('carries the field errors', () => {
    const fieldErrors = [
      { field: 'body.title', message: 'is required' },
      { field: 'query.limit', message: 'is too big' },
    ];
    const init = problemResponse(new DomainError('validation', 'bad', { fieldErrors }), TRACE);
    expect(init.jsonBody).toMatchObject({ errors: fieldErrors });
  });

  it('leaves out an empty errors list', () => {
    const init = problemResponse(new DomainError('validation', 'bad'), TRACE);
    expect(init.jsonBody).not.toHaveProperty('errors');
  });
});

describe('problemResponse for anything else', () => {
  const secret = 'connection refused by db-internal-7:5432 password=hunter2';

  it.each<[string, unknown]>([
    ['an Error', new Error(secret)],
    ['a TypeError', new TypeError(secret)],
    ['a thrown string', secret],
    ['a thrown object', { message: secret, code: 'validation' }],
  ])('answers %s with a 500 that hides it', (_case, thrown) => {
    const init = problemResponse(thrown, TRACE);
    const text = JSON.stringify(init);
    expect(init.status).toBe(500);
    expect(headersOf(init)['content-type']).toBe('application/problem+json');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('db-internal-7');
    expect(text).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    expect(init.jsonBody).toMatchObject({ status: 500, code: 'internal', traceId: TRACE });
  });

  it('quotes the trace id in the detail so support can find the log', () => {
    const init = problemResponse(new Error('boom'), TRACE);
    expect(init.jsonBody).toMatchObject({ detail: expect.stringContaining(TRACE) as unknown });
  });
});
