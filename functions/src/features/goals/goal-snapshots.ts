import type { Goal } from '@northstar/shared';
import type { GoalRepository } from '../../ports/goal-repository.js';
import {
  differingIds,
  snapshotOf,
  withChanges,
  type SnapshotState,
} from './goal-snapshot-state.js';

/** All of a tenant's goals with their rolled-up progress, as of one moment. */
export interface GoalSnapshot {
  goals: readonly Goal[];
  progress: ReadonlyMap<string, number>;
}

interface Entry {
  state: Promise<SnapshotState>;
  loadedAt: number;
  /** While the background check of every goal's etag runs. */
  checking?: boolean;
}

/** Past this many goals changed since the last read, reading them all again is cheaper. */
const MAX_CHANGED_GOALS = 2_000;

/**
 * Per-tenant snapshots of the goal graph, so roll-up and the alignment tree are not a full scan
 * per request. A write in this process names the goal it changed (`changed`); the next read
 * re-reads just those goals (point reads) and redoes the roll-up of their chains only, so a
 * check-in does not cost a reload of 100,000 goals. Reads and refreshes of one tenant run in
 * order, each refresh re-reading the goals as stored, so no write is lost between them. On
 * Azure with several instances, another instance's writes show once the snapshot is `maxAgeMs`
 * old: then every goal's etag is read in the background while reads keep using the snapshot,
 * and only the goals whose etag differs are read and applied (the change feed can replace this
 * later).
 */
export class GoalSnapshots {
  private readonly entries = new Map<string, Entry>();
  private readonly changedIds = new Map<string, Set<string>>();
  private readonly views = new WeakMap<GoalSnapshot, Map<string, unknown>>();

  constructor(
    private readonly goals: GoalRepository,
    private readonly maxAgeMs = 30_000,
  ) {}

  get(tenantId: string): Promise<GoalSnapshot> {
    const entry = this.entries.get(tenantId);
    if (!entry) return this.load(tenantId);
    if (Date.now() - entry.loadedAt >= this.maxAgeMs && entry.checking !== true) {
      this.checkInBackground(tenantId, entry);
    }
    const ids = this.changedIds.get(tenantId);
    if (ids === undefined) return entry.state;
    this.changedIds.delete(tenantId);
    if (ids.size > MAX_CHANGED_GOALS) return this.load(tenantId);
    return this.setState(
      tenantId,
      entry,
      entry.state.then((current) => this.refresh(tenantId, current, ids)),
    );
  }

  /**
   * A view of `snapshot` (say, its goals in search order) computed once per version of the
   * snapshot: every change makes a new snapshot, so a view is never stale.
   */
  view<T>(snapshot: GoalSnapshot, name: string, compute: (snapshot: GoalSnapshot) => T): T {
    const views = this.views.get(snapshot) ?? new Map<string, unknown>();
    this.views.set(snapshot, views);
    if (!views.has(name)) views.set(name, compute(snapshot));
    return views.get(name) as T;
  }

  /** Call after a write to a goal or its check-ins; the next read picks the goal up again. */
  changed(tenantId: string, goalId: string): void {
    const entry = this.entries.get(tenantId);
    if (!entry) return;
    const ids = this.changedIds.get(tenantId) ?? new Set<string>();
    ids.add(goalId);
    this.changedIds.set(tenantId, ids);
  }

  private load(tenantId: string): Promise<SnapshotState> {
    // Changes named from here on are re-read after the load, even if the load already saw them.
    this.changedIds.delete(tenantId);
    const state = this.goals.listAll(tenantId).then(snapshotOf);
    const entry: Entry = { state, loadedAt: Date.now() };
    this.entries.set(tenantId, entry);
    return this.setState(tenantId, entry, state);
  }

  /**
   * Reads every goal's etag (no documents) while reads go on with the current snapshot, then
   * re-reads only the goals whose etag differs (usually none: then the snapshot, and every view
   * of it, is kept, and no request waits for a roll-up of the whole tenant). Past
   * `MAX_CHANGED_GOALS` differing goals, every goal is read again instead. The result is
   * chained after every refresh already asked for, and goals named as changed meanwhile stay in
   * `changedIds` for the next read, so no write is lost in the swap.
   */
  private checkInBackground(tenantId: string, entry: Entry): void {
    const startedAt = Date.now();
    entry.checking = true;
    this.goals.listEtags(tenantId).then(
      (etags) => {
        entry.checking = false;
        if (this.entries.get(tenantId) !== entry) return;
        entry.loadedAt = startedAt;
        const next = entry.state.then(async (current) => {
          const ids = await differingIds(current, etags);
          if (ids.size > MAX_CHANGED_GOALS) {
            return snapshotOf(await this.goals.listAll(tenantId));
          }
          return this.refresh(tenantId, current, ids);
        });
        void this.setState(tenantId, entry, next);
      },
      () => {
        entry.checking = false;
      },
    );
  }

  /** Makes `state` the entry's; a failed state forgets the entry, so the next read loads. */
  private setState(
    tenantId: string,
    entry: Entry,
    state: Promise<SnapshotState>,
  ): Promise<SnapshotState> {
    entry.state = state;
    state.catch(() => {
      if (this.entries.get(tenantId) === entry && entry.state === state) {
        this.entries.delete(tenantId);
      }
    });
    return state;
  }

  private async refresh(
    tenantId: string,
    state: SnapshotState,
    ids: ReadonlySet<string>,
  ): Promise<SnapshotState> {
    if (ids.size === 0) return state;
    const fresh = await Promise.all(
      [...ids].map(async (id) => [id, await this.goals.get(tenantId, id)] as const),
    );
    return withChanges(state, new Map(fresh));
  }
}
