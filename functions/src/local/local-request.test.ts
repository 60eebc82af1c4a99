import { LocalRequest } from './local-request.js';

function request(headers: Record<string, string | string[]>, body = '') {
  const url = 'http://localhost/api/goals?ownerId=me&limit=5';
  return new LocalRequest(
    'POST',
    url,
    new URL(url).searchParams,
    headers,
    { id: 'g-1' },
    Buffer.from(body, 'utf8'),
  );
}

describe('LocalRequest', () => {
  it('looks headers up whatever the case of the name', () => {
    const headers = request({ 'if-match': '"3"' }).headers;

    expect(headers.get('If-Match')).toBe('"3"');
    expect(headers.get('if-match')).toBe('"3"');
    expect(headers.get('authorization')).toBeNull();
  });

  it('joins a repeated header with a comma, as fetch Headers do', () => {
    expect(request({ 'x-tag': ['a', 'b'] }).headers.get('x-tag')).toBe('a, b');
  });

  it('gives the URL, query and path parameters it was made with', () => {
    const made = request({});

    expect(made.method).toBe('POST');
    expect(made.url).toBe('http://localhost/api/goals?ownerId=me&limit=5');
    expect([...made.query.entries()]).toEqual([
      ['ownerId', 'me'],
      ['limit', '5'],
    ]);
    expect(made.params).toEqual({ id: 'g-1' });
  });

  it('reads the body as UTF-8, without a byte-order mark, like Request.text()', async () => {
    await expect(request({}, '\uFEFF{"title":"Café"}').text()).resolves.toBe('{"title":"Café"}');
    await expect(request({}).text()).resolves.toBe('');
  });
});
