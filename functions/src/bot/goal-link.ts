const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const GOAL_PATH = /^\/goals\/([A-Za-z0-9_-]{1,64})\/?$/;

/**
 * The origin of goal links: `https://<APP_DOMAIN>` when the app's domain is configured (plain
 * http for a loopback domain), else the origin the request came to (the local host).
 */
export function appOrigin(appDomain: string | undefined, requestUrl: string): string {
  if (appDomain !== undefined) {
    const host = URL.parse(`http://${appDomain}`)?.hostname ?? '';
    return `${LOOPBACK.has(host) ? 'http' : 'https'}://${appDomain}`;
  }
  return new URL(requestUrl).origin;
}

/** A goal's link: the tab's own URL for it, which opens the goal and unfurls in a chat. */
export function goalUrl(origin: string, goalId: string): string {
  return `${origin}/goals/${encodeURIComponent(goalId)}`;
}

/**
 * The goal id in `link` when it is a goal link on `origin`'s host (`{origin}/goals/{id}`, any
 * query or fragment ignored); `null` for any other URL or text.
 */
export function goalIdFromLink(origin: string, link: string): string | null {
  const url = URL.parse(link);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  if (url.host.toLowerCase() !== new URL(origin).host.toLowerCase()) return null;
  return GOAL_PATH.exec(url.pathname)?.[1] ?? null;
}
