import { randomUUID } from 'node:crypto';
import {
  ownProgress,
  type ChangedGoal,
  type CreateOneOnOne,
  type OneOnOneView,
} from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import { recordAudit } from '../reviews/review-audit.js';
import type { OneOnOneDeps, StoredOneOnOne, StoredSeries } from './one-on-one-deps.js';
import { findVisibleSeries, queryAll } from './series-service.js';

/** A 1:1 as the API returns it: without the collection's fields. */
export function toView(doc: StoredOneOnOne): OneOnOneView {
  const { organizerId: _organizer, kind: _kind, ...view } = doc;
  return view;
}

async function allOccurrences(deps: OneOnOneDeps, series: StoredSeries): Promise<StoredOneOnOne[]> {
  const filter = {
    partition: series.managerId,
    where: { kind: 'one-on-one', seriesId: series.id },
  };
  return queryAll((page) => deps.oneOnOnes.query(series.tenantId, filter, page));
}

/** The report's goals updated after `since`, with their current progress. */
async function goalsChangedSince(
  deps: OneOnOneDeps,
  series: StoredSeries,
  since: string,
): Promise<ChangedGoal[]> {
  const goals = await queryAll((page) =>
    deps.goals.list(series.tenantId, { ownerId: series.reportId }, page),
  );
  const changed = goals.filter((goal) => Date.parse(goal.updatedAt) > Date.parse(since));
  if (changed.length === 0) return [];
  const { progress } = await deps.snapshots.get(series.tenantId);
  return changed.map((goal) => ({
    id: goal.id,
    title: goal.title,
    progress: progress.get(goal.id) ?? ownProgress(goal) ?? 0,
  }));
}

/**
 * Schedules the next 1:1 of a series. It carries over the open action items of the previous
 * 1:1 (the latest one scheduled before it) and lists the report's goals changed since then.
 */
export async function createOccurrence(
  deps: OneOnOneDeps,
  caller: Caller,
  seriesId: string,
  input: CreateOneOnOne,
): Promise<OneOnOneView> {
  const series = await findVisibleSeries(deps, caller, seriesId);
  const at = Date.parse(input.scheduledFor);
  const previous = (await allOccurrences(deps, series))
    .filter((o) => Date.parse(o.scheduledFor) < at)
    .sort((a, b) => Date.parse(b.scheduledFor) - Date.parse(a.scheduledFor))[0];
  const now = deps.clock.now().toISOString();
  const created = await deps.oneOnOnes.create({
    id: `oo-${randomUUID()}`,
    tenantId: caller.tenantId,
    organizerId: series.managerId,
    kind: 'one-on-one',
    seriesId: series.id,
    managerId: series.managerId,
    reportId: series.reportId,
    scheduledFor: new Date(at).toISOString(),
    agenda: [],
    sharedNotes: '',
    actionItems: previous ? previous.actionItems.filter((item) => !item.done) : [],
    changedGoals: previous ? await goalsChangedSince(deps, series, previous.scheduledFor) : [],
    createdAt: now,
    updatedAt: now,
  });
  await recordAudit(deps, caller, { kind: 'one-on-one', id: created.id }, 'create_one_on_one');
  return toView(created);
}

/** The 1:1s of a series, earliest scheduled first. */
export async function listOccurrences(
  deps: OneOnOneDeps,
  caller: Caller,
  seriesId: string,
): Promise<OneOnOneView[]> {
  const series = await findVisibleSeries(deps, caller, seriesId);
  const all = await allOccurrences(deps, series);
  all.sort((a, b) => Date.parse(a.scheduledFor) - Date.parse(b.scheduledFor));
  return all.map(toView);
}

/** One 1:1 of a series the caller takes part in; `not_found` otherwise. */
export async function findOccurrence(
  deps: OneOnOneDeps,
  caller: Caller,
  target: { seriesId: string; id: string },
): Promise<StoredOneOnOne> {
  const series = await findVisibleSeries(deps, caller, target.seriesId);
  const found = await deps.oneOnOnes.get(caller.tenantId, series.managerId, target.id);
  if (found?.kind !== 'one-on-one' || found.seriesId !== series.id) {
    throw new DomainError('not_found', 'There is no such 1:1 in this series.');
  }
  return found;
}
