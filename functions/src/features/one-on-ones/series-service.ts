import { canViewOneOnOne, type CreateOneOnOneSeries, type OneOnOneSeries } from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { PageRequest } from '../../ports/goal-repository.js';
import type { DocumentFilter } from '../../ports/document-store.js';
import type { Caller } from '../access/caller.js';
import { recordAudit } from '../reviews/review-audit.js';
import { hashedId } from '../stable-id.js';
import type { OneOnOneDeps, StoredSeries } from './one-on-one-deps.js';

/** The series as the API returns it: the stored document without the collection's fields. */
export function toSeries(doc: StoredSeries): OneOnOneSeries {
  const { id, tenantId, managerId, reportId, createdAt, updatedAt, etag } = doc;
  return { id, tenantId, managerId, reportId, createdAt, updatedAt, etag };
}

/** Every document of a query, all pages. */
export async function queryAll<T>(
  query: (page: PageRequest) => Promise<{ items: T[]; nextCursor?: string }>,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await query(cursor === undefined ? { limit: 200 } : { limit: 200, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return all;
}

/** The id of the one series of a manager and a report: derived, so a second create is a 409. */
export function seriesIdFor(managerId: string, reportId: string): string {
  return hashedId('oos', managerId, reportId);
}

/** Starts the caller's series with one of their direct reports; one per pair (409 otherwise). */
export async function createSeries(
  deps: OneOnOneDeps,
  caller: Caller,
  input: CreateOneOnOneSeries,
): Promise<OneOnOneSeries> {
  const report = await deps.directory.getPerson(caller.tenantId, input.reportId);
  if (report?.managerId !== caller.person.id) {
    throw new DomainError('forbidden', 'You can start a 1:1 series only with a direct report.');
  }
  const now = deps.clock.now().toISOString();
  const managerId = caller.person.id;
  try {
    const created = await deps.series.create({
      id: seriesIdFor(managerId, report.id),
      tenantId: caller.tenantId,
      organizerId: managerId,
      kind: 'one-on-one-series',
      managerId,
      reportId: report.id,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(deps, caller, { kind: 'one-on-one-series', id: created.id }, 'create_series');
    return toSeries(created);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'conflict') {
      throw new DomainError('conflict', 'You already have a 1:1 series with this person.');
    }
    throw error;
  }
}

/** The series the caller takes part in, as manager or as report. */
export async function listSeries(deps: OneOnOneDeps, caller: Caller): Promise<OneOnOneSeries[]> {
  const me = caller.person.id;
  const kind = 'one-on-one-series';
  const filters: DocumentFilter[] = [
    { partition: me, where: { kind, managerId: me } },
    { where: { kind, reportId: me } },
  ];
  const found = await Promise.all(
    filters.map((filter) => queryAll((page) => deps.series.query(caller.tenantId, filter, page))),
  );
  return found.flat().map(toSeries);
}

/** A series the caller takes part in; `not_found` for any other, so its existence stays hidden. */
export async function findVisibleSeries(
  deps: OneOnOneDeps,
  caller: Caller,
  seriesId: string,
): Promise<StoredSeries> {
  const page = await deps.series.query(
    caller.tenantId,
    { where: { id: seriesId, kind: 'one-on-one-series' } },
    { limit: 1 },
  );
  const series = page.items[0];
  if (!series || !canViewOneOnOne(caller.person.id, series)) {
    throw new DomainError('not_found', 'There is no such 1:1 series.');
  }
  return series;
}
