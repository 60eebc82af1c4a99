import { fetchViaBaseUrl, GRAPH_V1_ROOT } from './graph-base-url.js';

/** A `fetch` that records where it was asked to go. */
function recorder() {
  const urls: string[] = [];
  const send: typeof fetch = (input) => {
    urls.push(input instanceof Request ? `${input.method} ${input.url}` : String(input));
    return Promise.resolve(new Response('{}'));
  };
  return { urls, send };
}

describe('fetchViaBaseUrl', () => {
  it.each<[string, string]>([
    [`${GRAPH_V1_ROOT}/users/42?$select=id`, 'http://127.0.0.1:9/v1.0/users/42?$select=id'],
    [`${GRAPH_V1_ROOT}/$batch`, 'http://127.0.0.1:9/v1.0/$batch'],
    [`${GRAPH_V1_ROOT}?x=1`, 'http://127.0.0.1:9/v1.0?x=1'],
    // Not Graph v1.0: sent as they are.
    ['https://graph.microsoft.com/beta/users', 'https://graph.microsoft.com/beta/users'],
    ['https://graph.microsoft.com/v1.0x/users', 'https://graph.microsoft.com/v1.0x/users'],
    ['https://login.microsoftonline.com/t/oauth2', 'https://login.microsoftonline.com/t/oauth2'],
  ])('sends %s to %s', async (from, to) => {
    const { urls, send } = recorder();
    await fetchViaBaseUrl('http://127.0.0.1:9/v1.0/', send)(from);
    expect(urls).toEqual([to]);
  });

  it('moves a Request with its method', async () => {
    const { urls, send } = recorder();
    const request = new Request(`${GRAPH_V1_ROOT}/me/events`, { method: 'POST', body: '{}' });
    await fetchViaBaseUrl('http://localhost:9/v1.0', send)(request);
    expect(urls).toEqual(['POST http://localhost:9/v1.0/me/events']);
  });

  it('is the plain fetch for the public Graph', () => {
    const { send } = recorder();
    expect(fetchViaBaseUrl(GRAPH_V1_ROOT, send)).toBe(send);
  });
});
