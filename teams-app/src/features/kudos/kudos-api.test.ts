import { ApiClient } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import { testKudos } from './test-kudos';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** Answers every fetch with `status` and `body`, recording what was sent. */
function answer(status: number, body: unknown): Sent[] {
  const sent: Sent[] = [];
  globalThis.fetch = ((url: string, init: RequestInit = {}) => {
    sent.push({
      url,
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
      body: typeof init.body === 'string' ? init.body : undefined,
    });
    const text = () => Promise.resolve(JSON.stringify(body));
    return Promise.resolve({ ok: status < 400, status, text } as Response);
  }) as typeof fetch;
  return sent;
}

const api = new ApiClient(() => Promise.resolve('t0ken'));

describe('ApiClient kudos methods', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('lists a person’s kudos with the id encoded and the page in the query', async () => {
    const sent = answer(200, { items: [testKudos()], nextCursor: 'c-2' });
    const page = await api.listKudos('a/b', { limit: 10, cursor: 'c-1' });
    expect(page.nextCursor).toBe('c-2');
    expect(sent[0]?.url).toBe('/api/people/a%2Fb/kudos?limit=10&cursor=c-1');
  });

  it('gives kudos with the idempotency key as a header', async () => {
    const sent = answer(201, testKudos({ id: 'k-9' }));
    const body = { receiverId: 'lena-ito', value: 'One team', message: 'Thanks' };
    await expect(api.giveKudos(body, 'key-1')).resolves.toMatchObject({ id: 'k-9' });
    expect(sent[0]).toMatchObject({
      url: '/api/kudos',
      method: 'POST',
      body: JSON.stringify(body),
    });
    expect(sent[0]?.headers).toMatchObject({
      'idempotency-key': 'key-1',
      authorization: 'Bearer t0ken',
      'content-type': 'application/json',
    });
  });

  it('reads the company values', async () => {
    const sent = answer(200, { values: ['One team', 'Own the outcome'] });
    await expect(api.companyValues()).resolves.toEqual(['One team', 'Own the outcome']);
    expect(sent[0]?.url).toBe('/api/settings/values');
  });

  it('turns a refused value into a field error keyed without "body."', async () => {
    answer(400, {
      type: 'about:blank',
      title: 'Bad request',
      status: 400,
      code: 'validation',
      errors: [{ field: 'body.value', message: 'must be one of your organisation’s values' }],
    });
    const giving = api.giveKudos({ receiverId: 'x', value: 'Grit', message: 'Hi' }, 'k');
    await expect(giving).rejects.toBeInstanceOf(ApiError);
    await expect(giving).rejects.toMatchObject({
      status: 400,
      fieldErrors: { value: 'must be one of your organisation’s values' },
    });
  });
});
