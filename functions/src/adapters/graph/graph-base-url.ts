/** The Graph v1.0 root the SDK and Graph's own `@odata.nextLink`s use. */
export const GRAPH_V1_ROOT = 'https://graph.microsoft.com/v1.0';

/**
 * A `fetch` that sends Graph v1.0 requests to `baseUrl` instead (a local test server, a
 * proxy): `https://graph.microsoft.com/v1.0/users/42` becomes `<baseUrl>/users/42`. The
 * SDK keeps addressing the public host, so it still attaches the token, and every page link
 * Graph returns is redirected the same way. Other URLs are sent unchanged.
 */
export function fetchViaBaseUrl(baseUrl: string, send: typeof fetch = fetch): typeof fetch {
  const target = baseUrl.replace(/\/+$/, '');
  if (target === GRAPH_V1_ROOT) return send;
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const rest = url.slice(GRAPH_V1_ROOT.length);
    if (!url.startsWith(GRAPH_V1_ROOT) || !/^([/?]|$)/.test(rest)) return send(input, init);
    const moved = target + rest;
    return send(input instanceof Request ? new Request(moved, input) : moved, init);
  };
}
