import { ErrorResponse } from '@azure/cosmos';
import { DomainError, type ErrorCode } from '../../ports/errors.js';
import { toDomainError, withCosmosErrors } from './cosmos-errors.js';

function cosmosError(code: number | string, extra: Partial<ErrorResponse> = {}): ErrorResponse {
  return Object.assign(new ErrorResponse(`Cosmos said ${String(code)}`), { code }, extra);
}

describe('toDomainError', () => {
  it.each<[number | string, ErrorCode]>([
    [404, 'not_found'],
    [409, 'conflict'],
    [412, 'precondition_failed'],
    [429, 'throttled'],
    [408, 'upstream_unavailable'],
    [500, 'upstream_unavailable'],
    [503, 'upstream_unavailable'],
    ['ECONNREFUSED', 'upstream_unavailable'],
    ['TimeoutError', 'upstream_unavailable'],
  ])('turns %p into %s, keeping the original as cause', (code, expected) => {
    const original = cosmosError(code);
    const translated = toDomainError(original, 'Goal g-1');
    expect(translated).toBeInstanceOf(DomainError);
    expect(translated).toMatchObject({ code: expected, cause: original });
  });

  it.each([
    ['a 400 (a bad query)', cosmosError(400)],
    ['a 401 (a bad key)', cosmosError(401)],
    ['an error without a code', new TypeError('bug')],
    ['a string', 'thrown string'],
    ['a domain error', new DomainError('validation', 'bad')],
  ])('leaves %s as it is', (_label, error) => {
    expect(toDomainError(error, 'Goal g-1')).toBe(error);
  });

  it.each([
    ['retryAfterInMs', { retryAfterInMs: 2500 }, 3],
    ['the x-ms-retry-after-ms header', { headers: { 'x-ms-retry-after-ms': '400' } }, 1],
    ['a long header delay', { headers: { 'x-ms-retry-after-ms': '12000' } }, 12],
    ['no delay at all', {}, 1],
  ])('reads the retry delay of a 429 from %s', (_label, extra, seconds) => {
    expect(toDomainError(cosmosError(429, extra), 'Goals')).toMatchObject({
      code: 'throttled',
      retryAfter: seconds,
    });
  });
});

describe('withCosmosErrors', () => {
  it('passes a result through', async () => {
    await expect(withCosmosErrors('Goals', () => Promise.resolve(7))).resolves.toBe(7);
  });

  it('rejects with the translated error', async () => {
    await expect(
      withCosmosErrors('Goal g-1', () => Promise.reject(cosmosError(412))),
    ).rejects.toMatchObject({
      code: 'precondition_failed',
      message: expect.stringContaining('g-1') as string,
    });
  });
});
