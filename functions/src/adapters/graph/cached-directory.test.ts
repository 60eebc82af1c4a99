import type { Person } from '@northstar/shared';
import type { Directory } from '../../ports/directory.js';
import { DomainError } from '../../ports/errors.js';
import { CachedDirectory } from './cached-directory.js';

const person = (tenantId: string, id: string): Person => ({
  id,
  displayName: `${id} of ${tenantId}`,
  mail: `${id}@${tenantId}.example`,
  jobTitle: '',
  department: '',
  managerId: null,
  timeZone: 'UTC',
  workingHours: { days: ['monday'], startTime: '09:00', endTime: '17:00', timeZone: 'UTC' },
});

/** A directory at the port that records each call and answers per tenant. */
class CountingDirectory implements Directory {
  readonly calls: string[] = [];
  failNext = false;

  private answer<T>(call: string, value: T): Promise<T> {
    this.calls.push(call);
    if (!this.failNext) return Promise.resolve(value);
    this.failNext = false;
    return Promise.reject(new DomainError('throttled', 'slow down'));
  }

  getPerson(tenantId: string, id: string) {
    return this.answer(`person ${tenantId} ${id}`, id === 'ghost' ? null : person(tenantId, id));
  }
  searchPeople(tenantId: string, search: string) {
    return this.answer(`search ${tenantId} ${search}`, [person(tenantId, search)]);
  }
  getDirectReports(tenantId: string, id: string) {
    return this.answer(`reports ${tenantId} ${id}`, [person(tenantId, `${id}-report`)]);
  }
  getManagementChain(tenantId: string, id: string) {
    return this.answer(`chain ${tenantId} ${id}`, [person(tenantId, `${id}-boss`)]);
  }
}

describe('CachedDirectory', () => {
  let now: number;
  let inner: CountingDirectory;
  let directory: CachedDirectory;

  beforeEach(() => {
    now = 0;
    inner = new CountingDirectory();
    directory = new CachedDirectory(inner, { ttlMs: 60_000, maxEntries: 3, now: () => now });
  });

  it.each<[string, (d: Directory) => Promise<unknown>]>([
    ['getPerson', (d) => d.getPerson('t1', 'p1')],
    ['getDirectReports', (d) => d.getDirectReports('t1', 'p1')],
    ['getManagementChain', (d) => d.getManagementChain('t1', 'p1')],
  ])('answers %s from the cache for 60 s, then asks again', async (_name, lookup) => {
    const first = await lookup(directory);
    now = 59_999;
    await expect(lookup(directory)).resolves.toEqual(first);
    expect(inner.calls).toHaveLength(1);
    now = 60_000;
    await lookup(directory);
    expect(inner.calls).toHaveLength(2);
  });

  it('keeps "no such person" too', async () => {
    await directory.getPerson('t1', 'ghost');
    await expect(directory.getPerson('t1', 'ghost')).resolves.toBeNull();
    expect(inner.calls).toEqual(['person t1 ghost']);
  });

  it('never serves one tenant the answer of another for the same id', async () => {
    const a = await directory.getPerson('tenant-a', 'p1');
    const b = await directory.getPerson('tenant-b', 'p1');
    expect([a?.displayName, b?.displayName]).toEqual(['p1 of tenant-a', 'p1 of tenant-b']);
    expect(inner.calls).toEqual(['person tenant-a p1', 'person tenant-b p1']);
  });

  it('keeps the lookups apart for the same person', async () => {
    await directory.getDirectReports('t1', 'p1');
    await expect(directory.getManagementChain('t1', 'p1')).resolves.toMatchObject([
      { id: 'p1-boss' },
    ]);
    expect(inner.calls).toEqual(['reports t1 p1', 'chain t1 p1']);
  });

  it('holds at most maxEntries answers, dropping the oldest', async () => {
    for (const id of ['a', 'b', 'c', 'd']) await directory.getPerson('t1', id);
    await directory.getPerson('t1', 'd');
    await directory.getPerson('t1', 'a');
    expect(inner.calls.map((c) => c.split(' ')[2])).toEqual(['a', 'b', 'c', 'd', 'a']);
  });

  it('shares one call between concurrent lookups', async () => {
    await Promise.all([1, 2, 3].map(() => directory.getPerson('t1', 'p1')));
    expect(inner.calls).toHaveLength(1);
  });

  it('does not keep a failure', async () => {
    inner.failNext = true;
    await expect(directory.getPerson('t1', 'p1')).rejects.toMatchObject({ code: 'throttled' });
    await expect(directory.getPerson('t1', 'p1')).resolves.toMatchObject({ id: 'p1' });
    expect(inner.calls).toHaveLength(2);
  });

  it('gives each caller its own copy', async () => {
    const mine = await directory.getPerson('t1', 'p1');
    if (mine) mine.displayName = 'changed by one request';
    await expect(directory.getPerson('t1', 'p1')).resolves.toMatchObject({
      displayName: 'p1 of t1',
    });
  });

  it('always asks for a search', async () => {
    await directory.searchPeople('t1', 'ann', 5);
    await directory.searchPeople('t1', 'ann', 5);
    expect(inner.calls).toEqual(['search t1 ann', 'search t1 ann']);
  });
});
