import type { Person } from '@northstar/shared';
import type { Directory } from '../../ports/directory.js';
import { TtlCache } from '../ttl-cache.js';

/** Tuning of {@link CachedDirectory}. */
export interface CachedDirectoryOptions {
  /** How long an answer is reused; default 60 s. */
  ttlMs?: number;
  /** Most answers kept (expired first, then the oldest go); default 5,000. */
  maxEntries?: number;
  now?: () => number;
}

type Lookup = 'person' | 'chain' | 'reports';

/**
 * A {@link Directory} decorator that keeps `getPerson`, `getManagementChain` and
 * `getDirectReports` answers for a short while, keyed by tenant and person id, so resolving the
 * caller of every request does not cost Graph calls each time. Concurrent identical lookups
 * share one call; failures are not kept; `searchPeople` always goes through. Each caller gets
 * its own copy of an answer. A kept answer is served without asking `inner`, so checks inside
 * `inner` (the request scope) run on misses only; every route that reaches the directory is
 * authenticated before it does.
 *
 * The answers are shared between the users of a tenant. That is sound for Graph with delegated
 * `User.Read.All`, under which every member may read every user of their tenant anyway.
 */
export class CachedDirectory implements Directory {
  private readonly cache: TtlCache<Promise<unknown>>;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly inner: Directory,
    options: CachedDirectoryOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.now = options.now ?? Date.now;
    this.cache = new TtlCache(options.maxEntries ?? 5_000, this.now);
  }

  getPerson(tenantId: string, id: string): Promise<Person | null> {
    return this.cached('person', tenantId, id, () => this.inner.getPerson(tenantId, id));
  }

  searchPeople(tenantId: string, search: string, limit: number): Promise<Person[]> {
    return this.inner.searchPeople(tenantId, search, limit);
  }

  getDirectReports(tenantId: string, id: string): Promise<Person[]> {
    return this.cached('reports', tenantId, id, () => this.inner.getDirectReports(tenantId, id));
  }

  getManagementChain(tenantId: string, id: string): Promise<Person[]> {
    return this.cached('chain', tenantId, id, () => this.inner.getManagementChain(tenantId, id));
  }

  private async cached<T>(
    lookup: Lookup,
    tenantId: string,
    id: string,
    load: () => Promise<T>,
  ): Promise<T> {
    // JSON keeps the parts apart whatever characters an id holds.
    const key = JSON.stringify([tenantId, lookup, id]);
    let answer = this.cache.get(key) as Promise<T> | undefined;
    if (!answer) {
      const loading = load();
      answer = loading;
      this.cache.set(key, loading, this.now() + this.ttlMs);
      loading.catch(() => {
        this.cache.delete(key, loading);
      });
    }
    return structuredClone(await answer);
  }
}
