import { DomainError, isDomainError } from '../../ports/errors.js';
import type { GraphClient } from './graph-client.js';
import { mailOf, type GraphUser } from './graph-person.js';
import { TtlCache } from '../ttl-cache.js';

/**
 * Addresses already looked up, per tenant, kept as long as directory answers (60 s): planning a
 * team's reviews and then booking them look the same people up once, not twice.
 */
export class MailboxCache {
  private readonly cache: TtlCache<string>;

  constructor(
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {
    this.cache = new TtlCache(20_000, now);
  }

  get(tenantId: string, id: string): string | undefined {
    return this.cache.get(`${tenantId}/${id}`);
  }

  set(tenantId: string, id: string, mail: string): void {
    this.cache.set(`${tenantId}/${id}`, mail, this.now() + this.ttlMs);
  }
}

/** Where looked-up addresses are kept: the cache and the tenant they belong to. */
export interface KnownMailboxes {
  cache: MailboxCache;
  tenantId: string;
}

/**
 * The mail address of each person id, looked up in `$batch` calls of 20 (ceil(n/20) calls for
 * n distinct ids not in `known`; none for none). Graph schedules by address, our ports speak in
 * ids. People Graph does not know (404) or who have no address are left out; any other failure
 * throws.
 */
export async function lookUpMailboxes(
  graph: GraphClient,
  ids: readonly string[],
  known?: KnownMailboxes,
): Promise<Map<string, string>> {
  const mails = new Map<string, string>();
  for (const id of new Set(ids)) {
    const mail = known?.cache.get(known.tenantId, id);
    if (mail !== undefined) mails.set(id, mail);
  }
  const unique = [...new Set(ids)].filter((id) => !mails.has(id));
  if (unique.length === 0) return mails;
  const results = await graph.batch(
    unique.map((id) => ({
      method: 'GET' as const,
      url: `/users/${encodeURIComponent(id)}?$select=id,mail,userPrincipalName`,
    })),
  );
  results.forEach((result, i) => {
    const id = unique[i] as string;
    if (!result.ok) {
      if (isDomainError(result.error) && result.error.code === 'not_found') return;
      throw result.error;
    }
    const mail = mailOf(result.body as GraphUser);
    if (!mail) return;
    mails.set(id, mail);
    known?.cache.set(known.tenantId, id, mail);
  });
  return mails;
}

/** Like {@link lookUpMailboxes}, but every id must have an address. @throws `not_found`. */
export async function requireMailboxes(
  graph: GraphClient,
  ids: readonly string[],
  known?: KnownMailboxes,
): Promise<Map<string, string>> {
  const mails = await lookUpMailboxes(graph, ids, known);
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
