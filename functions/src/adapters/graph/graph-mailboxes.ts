import { DomainError, isDomainError } from '../../ports/errors.js';
import type { GraphClient } from './graph-client.js';
import { mailOf, type GraphUser } from './graph-person.js';

/**
 * The mail address of each person id, looked up in `$batch` calls of 20 (ceil(n/20) calls for
 * n distinct ids; none for none). Graph schedules by address, our ports speak in ids. People
 * Graph does not know (404) or who have no address are left out; any other failure throws.
 */
export async function lookUpMailboxes(
  graph: GraphClient,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const results = await graph.batch(
    unique.map((id) => ({
      method: 'GET' as const,
      url: `/users/${encodeURIComponent(id)}?$select=id,mail,userPrincipalName`,
    })),
  );
  const mails = new Map<string, string>();
  results.forEach((result, i) => {
    const id = unique[i] as string;
    if (!result.ok) {
      if (isDomainError(result.error) && result.error.code === 'not_found') return;
      throw result.error;
    }
    const mail = mailOf(result.body as GraphUser);
    if (mail) mails.set(id, mail);
  });
  return mails;
}

/** Like {@link lookUpMailboxes}, but every id must have an address. @throws `not_found`. */
export async function requireMailboxes(
  graph: GraphClient,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const mails = await lookUpMailboxes(graph, ids);
  const missing = [...new Set(ids)].filter((id) => !mails.has(id));
  if (missing.length > 0) {
    throw new DomainError('not_found', `No mailbox for ${missing.length} of the people asked for.`);
  }
  return mails;
}

/** Address (lower case, as Graph may change its case) -> person id. */
export function idsByMail(mails: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...mails].map(([id, mail]) => [mail.toLowerCase(), id]));
}
