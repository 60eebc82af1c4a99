import { readBearerToken } from './bearer.js';

describe('readBearerToken', () => {
  it.each<[string, string]>([
    ['Bearer abc.def.ghi', 'abc.def.ghi'],
    ['bearer abc.def.ghi', 'abc.def.ghi'],
    ['BEARER abc.def.ghi', 'abc.def.ghi'],
    ['Bearer   a-b_c.d~e+f/g==', 'a-b_c.d~e+f/g=='],
    ['  Bearer abc  ', 'abc'],
  ])('reads the token from %p', (header, token) => {
    expect(readBearerToken(header)).toBe(token);
  });

  it.each<[string, string | null, string]>([
    ['a missing header', null, 'missing'],
    ['an empty header', '', 'missing'],
    ['a blank header', '   ', 'missing'],
    ['the scheme alone', 'Bearer', 'not a bearer token'],
    ['the scheme and a space', 'Bearer ', 'not a bearer token'],
    ['Basic credentials', 'Basic dXNlcjpwYXNz', 'not a bearer token'],
    ['a bare token', 'abc.def.ghi', 'not a bearer token'],
    ['two tokens', 'Bearer abc def', 'not a bearer token'],
    ['a scheme glued to the token', 'Bearerabc', 'not a bearer token'],
    ['a token with forbidden characters', 'Bearer abc,def', 'not a bearer token'],
  ])('rejects %s', (_case, header, reason) => {
    expect(() => readBearerToken(header)).toThrow(
      expect.objectContaining({
        code: 'unauthenticated',
        message: expect.stringContaining(reason) as unknown,
      }) as Error,
    );
  });
});
