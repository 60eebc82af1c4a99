import type { Goal } from '@northstar/shared';
import { rollUpProgress } from '@northstar/shared';
import type { GoalRepository } from '../../ports/goal-repository.js';

/** All of a tenant's goals with their rolled-up progress, as of one moment. */
export interface GoalSnapshot {
  goals: readonly Goal[];
  progress: ReadonlyMap<string, number>;
}

interface Entry {
  generation: number;
  snapshot: Promise<GoalSnapshot>;
}

/**
 * Per-tenant snapshots of the goal graph, so roll-up and the alignment tree are not a full
 * scan per request. Every goal write in this process invalidates its tenant's snapshot; the
 * generation counter keeps a load that raced with a write from being cached as current.
 * On Azure with several instances, a short `maxAgeMs` bounds how stale another instance's
 * writes can look (the change feed can replace this later).
 */
export class GoalSnapshots {
  private readonly entries = new Map<string, Entry & { loadedAt: number }>();
  private readonly generations = new Map<string, number>();

  constructor(
    private readonly goals: GoalRepository,
    private readonly maxAgeMs = 30_000,
  ) {}

  get(tenantId: string): Promise<GoalSnapshot> {
    const generation = this.generations.get(tenantId) ?? 0;
    const entry = this.entries.get(tenantId);
    if (entry && entry.generation === generation && Date.now() - entry.loadedAt < this.maxAgeMs) {
      return entry.snapshot;
    }
    const snapshot = this.load(tenantId);
    this.entries.set(tenantId, { generation, snapshot, loadedAt: Date.now() });
    snapshot.catch(() => this.entries.delete(tenantId));
    return snapshot;
  }

  /** Call after any write to the tenant's goals or check-ins. */
  invalidate(tenantId: string): void {
    this.generations.set(tenantId, (this.generations.get(tenantId) ?? 0) + 1);
    this.entries.delete(tenantId);
  }

  private async load(tenantId: string): Promise<GoalSnapshot> {
    const goals = await this.goals.listAll(tenantId);
    return { goals, progress: rollUpProgress(goals) };
  }
}
