import { HttpRequest } from './azure-functions.js';
import { MAX_BODY_BYTES, readJsonBody } from './read-body.js';

/** A real `HttpRequest` with the given body and content type (none when `null`). */
function requestWith(body: string, contentType: string | null = 'application/json') {
  return new HttpRequest({
    method: 'POST',
    url: 'http://localhost/api/goals',
    headers: contentType === null ? {} : { 'content-type': contentType },
    body: { string: body },
  });
}

const bodyProblem = (message: RegExp) => ({
  code: 'validation',
  fieldErrors: [{ field: 'body', message: expect.stringMatching(message) as unknown }],
});

describe('readJsonBody', () => {
  it.each<[string, string]>([
    ['application/json', '{"a":1}'],
    ['application/json; charset=utf-8', '{"a":1}'],
    ['Application/JSON', '{"a":1}'],
    ['application/merge-patch+json', '{"a":1}'],
    ['application/problem+json', '{"a":1}'],
  ])('parses a body sent as %s', async (type, body) => {
    await expect(readJsonBody(requestWith(body, type))).resolves.toEqual({ a: 1 });
  });

  it.each<[string, unknown]>([
    ['[1,2]', [1, 2]],
    ['"text"', 'text'],
    ['  {"nested":{"b":[true,null]}}  ', { nested: { b: [true, null] } }],
    ['{"é":"ünï"}', { é: 'ünï' }],
  ])('parses the JSON %s', async (body, value) => {
    await expect(readJsonBody(requestWith(body))).resolves.toEqual(value);
  });

  it.each([
    ['{"__proto__":{"admin":true}}', 'body.__proto__'],
    ['{"answers":{"q1":{},"__proto__":{"text":"x"}}}', 'body.answers.__proto__'],
    ['{"a":[{"b":1},{"__proto__":1}]}', 'body.a.1.__proto__'],
  ])('refuses the own __proto__ key in %s, naming %s', async (body, field) => {
    await expect(readJsonBody(requestWith(body))).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: [{ field, message: 'is not allowed' }],
    });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('walks a deeply nested body without overflowing the stack', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    await expect(readJsonBody(requestWith(deep))).resolves.toBeDefined();
  });

  it.each([[''], ['   '], ['\n\t']])('rejects the empty body %p', async (body) => {
    await expect(readJsonBody(requestWith(body))).rejects.toMatchObject(bodyProblem(/required/));
  });

  it.each([['{'], ['{"a":1,}'], ["{'a':1}"], ['undefined'], ['{"a":1} x']])(
    'rejects the malformed JSON %p',
    async (body) => {
      await expect(readJsonBody(requestWith(body))).rejects.toMatchObject(
        bodyProblem(/not valid JSON/),
      );
    },
  );

  it.each<[string, string | null]>([
    ['no content type', null],
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['text/json', 'text/json'],
    ['application/jsonp', 'application/jsonp'],
  ])('rejects a JSON body sent with %s', async (_case, type) => {
    await expect(readJsonBody(requestWith('{"a":1}', type))).rejects.toMatchObject(
      bodyProblem(/content-type application\/json/),
    );
  });

  it('accepts a body of exactly the limit', async () => {
    const body = JSON.stringify('x'.repeat(MAX_BODY_BYTES - 2));
    await expect(readJsonBody(requestWith(body))).resolves.toHaveLength(MAX_BODY_BYTES - 2);
  });

  it.each<[string, string]>([
    ['one byte too many', JSON.stringify('x'.repeat(MAX_BODY_BYTES - 1))],
    [
      'multi-byte characters over the limit in bytes',
      JSON.stringify('é'.repeat(MAX_BODY_BYTES / 2)),
    ],
    ['a megabyte', JSON.stringify('x'.repeat(1024 * 1024))],
  ])('rejects a body of %s naming body', async (_case, body) => {
    await expect(readJsonBody(requestWith(body))).rejects.toMatchObject(
      bodyProblem(new RegExp(`at most ${MAX_BODY_BYTES} bytes`)),
    );
  });

  it('says what is wrong in the problem detail', async () => {
    await expect(readJsonBody(requestWith('{'))).rejects.toThrow(
      'The request body is not valid JSON.',
    );
  });
});
