import type { KudosView } from '@northstar/shared';
import { collectPages } from '../contract/collect-pages.js';
import type { TestHost } from './harness.js';
import type { ApiResponse } from './problem-assertions.js';

/** A private development goal of the demo employee: his managers see it, colleagues do not. */
export const PRIVATE_EMPLOYEE_GOAL_ID = 'g-arjun-architect-cert';
/** A public team goal everyone in Contoso sees. */
export const TEAM_GOAL_ID = 'g-eng-weekly-releases';

/** A valid kudos body for `receiverId`. */
export function kudosBody(receiverId: string, message = 'Thanks for the help!') {
  return { receiverId, value: 'One team', message };
}

/** `POST /api/kudos` as the holder of `token`. */
export function postKudos(
  host: TestHost,
  token: string | undefined,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<ApiResponse> {
  return host.call('POST', '/api/kudos', { ...(token ? { token } : {}), body, headers });
}

/** `GET /api/people/{id}/kudos` with an optional query string. */
export function getKudos(
  host: TestHost,
  token: string | undefined,
  personId: string,
  query = '',
): Promise<ApiResponse> {
  const path = `/api/people/${encodeURIComponent(personId)}/kudos${query}`;
  return host.call('GET', path, token ? { token } : {});
}

/** Every kudos `personId` received, following `nextCursor` with pages of `limit`. */
export async function allKudos(
  host: TestHost,
  token: string,
  personId: string,
  limit = 200,
): Promise<KudosView[][]> {
  const pages = await collectPages(async (cursor) => {
    const query = `?limit=${String(limit)}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await getKudos(host, token, personId, query);
    expect(res.status).toBe(200);
    return res.body as { items: KudosView[]; nextCursor?: string };
  });
  return pages.map((page) => page.items);
}
