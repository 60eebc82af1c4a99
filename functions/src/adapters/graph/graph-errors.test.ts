import { GraphError } from '@microsoft/microsoft-graph-client';
import { DomainError } from '../../ports/errors.js';
import { translateGraphError, translateGraphFailure } from './graph-errors.js';
import { graphFixture } from './graph-test-server.js';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: { error?: { code?: string } };
}
const batch = graphFixture('batch-throttled.composed.response.json') as { responses: Answer[] };

describe('the Graph error table', () => {
  it.each([
    [429, '10', 'throttled', 10],
    [429, '2.128', 'throttled', 3],
    [429, null, 'throttled', 5],
    [503, null, 'upstream_unavailable', undefined],
    [500, null, 'upstream_unavailable', undefined],
    [504, null, 'upstream_unavailable', undefined],
    [0, null, 'upstream_unavailable', undefined],
    [-1, null, 'upstream_unavailable', undefined],
    [401, null, 'unauthenticated', undefined],
    [403, null, 'forbidden', undefined],
    [404, null, 'not_found', undefined],
    [409, null, 'conflict', undefined],
    [412, null, 'precondition_failed', undefined],
  ])('translates %i (Retry-After %j) to %s', (status, retryAfter, code, seconds) => {
    const error = translateGraphFailure({ status, retryAfter });
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code, retryAfter: seconds });
  });

  it.each([400, 405, 422])(
    'treats %i as our own bug: a plain Error, not a domain code',
    (status) => {
      const error = translateGraphFailure({ status, code: 'Request_BadRequest' });
      expect(error).not.toBeInstanceOf(DomainError);
      expect(error.message).toBe(`Microsoft Graph answered ${status} (Request_BadRequest)`);
    },
  );

  it('reads the items of the documented throttled batch', () => {
    const codes = batch.responses
      .filter((a) => a.status >= 400)
      .map((a) => translateGraphFailure({ status: a.status, retryAfter: a.headers['Retry-After'] }))
      .map((e) => (e instanceof DomainError ? [e.code, e.retryAfter] : ['plain']));
    expect(codes).toEqual([['throttled', 10], ['forbidden', undefined], ['plain']]);
  });

  it('translates a thrown GraphError with its Retry-After header', () => {
    const thrown = new GraphError(429, 'Too many');
    thrown.headers = new Headers({ 'Retry-After': '7' });
    expect(translateGraphError(thrown)).toMatchObject({
      code: 'throttled',
      retryAfter: 7,
      cause: thrown,
    });
  });

  it.each([
    ['a fetch TypeError', new TypeError('fetch failed'), 'upstream_unavailable'],
    [
      'a timeout',
      Object.assign(new Error('timed out'), { name: 'TimeoutError' }),
      'upstream_unavailable',
    ],
    ['a DomainError from the token step', new DomainError('forbidden', 'no consent'), 'forbidden'],
  ])('translates %s', (_, thrown, code) => {
    expect(translateGraphError(thrown)).toMatchObject({ code });
  });

  it('passes a programming error through unchanged', () => {
    const bug = new RangeError('bad');
    expect(translateGraphError(bug)).toBe(bug);
  });
});
