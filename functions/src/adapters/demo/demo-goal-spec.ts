import { expectedProgress } from '@northstar/shared';
import type { CheckIn, Goal, GoalLevel, Period, Visibility } from '@northstar/shared';

/**
 * A seeded check-in, by the owner: `[daysAgo, pace, confidence 0-10, note]`. The value is not
 * written down but derived from `pace`, the progress as a multiple of the time gone by in the
 * period at that moment (1 = exactly on schedule), so the demo looks the same on any day of a
 * quarter; `'done'` means the target was reached.
 */
export type CheckInSpec = readonly [
  daysAgo: number,
  pace: number | 'done',
  confidence: number,
  note: string,
];

/** A demo goal written compactly; dates come from the period and from "now" at seed time. */
export interface GoalSpec {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly level: GoalLevel;
  readonly ownerId: string;
  /** `[goalId, weight]` alignment links. */
  readonly parents?: readonly (readonly [goalId: string, weight: number])[];
  /** `[unit, start, target, decimals (default 0)]`; without one, values are percent done. */
  readonly metric?: readonly [unit: string, start: number, target: number, decimals?: number];
  /** Company and team goals default to public, the others to private. */
  readonly visibility?: Visibility;
  readonly archived?: boolean;
  readonly checkIns: readonly CheckInSpec[];
}

/** Where and when a spec is seeded. */
export interface SeedContext {
  tenantId: string;
  period: Period;
  now: Date;
}

/** A goal ready for `GoalRepository.create` and its check-ins, oldest first. */
export interface SeedGoal {
  goal: Omit<Goal, 'etag'>;
  checkIns: CheckIn[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Goals were written a few weeks ago, before any of their check-ins. */
const CREATED_DAYS_AGO = 35;
/** Below 1 so that only a `'done'` check-in completes a goal, even late in the period. */
const MAX_UNFINISHED_PROGRESS = 0.95;

function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

function defaultVisibility(level: GoalLevel): Visibility {
  return level === 'company' || level === 'team' ? 'public' : 'private';
}

/**
 * Goals start with the period, or on the day they were written when that was earlier (early in
 * a quarter), so the seeded history always lies inside the goal's own time window.
 */
function startDateOf(ctx: SeedContext): string {
  const created = daysBefore(ctx.now, CREATED_DAYS_AGO).slice(0, 10);
  return created < ctx.period.startDate ? created : ctx.period.startDate;
}

function valueAt(spec: GoalSpec, ctx: SeedContext, pace: number | 'done', at: Date): number {
  const [, start, target, decimals = 0] = spec.metric ?? ['%', 0, 100];
  const elapsed = expectedProgress(startDateOf(ctx), ctx.period.endDate, at);
  const progress =
    pace === 'done' ? 1 : Math.min(MAX_UNFINISHED_PROGRESS, Math.max(0, pace * elapsed));
  const value = Number((start + (target - start) * progress).toFixed(decimals));
  if (pace === 'done' || value !== target) return value;
  // Rounding reached the target of an unfinished goal: stay one step short of it.
  return Number((value - Math.sign(target - start) * 10 ** -decimals).toFixed(decimals));
}

function toCheckIn(spec: GoalSpec, ctx: SeedContext, row: CheckInSpec, n: number): CheckIn {
  const [daysAgo, pace, confidence, note] = row;
  const createdAt = daysBefore(ctx.now, daysAgo);
  return {
    id: `ci-${spec.id}-${n}`,
    tenantId: ctx.tenantId,
    goalId: spec.id,
    value: valueAt(spec, ctx, pace, new Date(createdAt)),
    confidence,
    note,
    authorId: spec.ownerId,
    createdAt,
  };
}

/** Turns a spec into a stored goal whose `current`/`lastCheckInAt`/`lastConfidence` are its latest check-in's. */
export function buildSeedGoal(spec: GoalSpec, ctx: SeedContext): SeedGoal {
  const checkIns = spec.checkIns
    .map((row, i) => toCheckIn(spec, ctx, row, i + 1))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const latest = checkIns.at(-1);
  const createdAt = daysBefore(ctx.now, CREATED_DAYS_AGO);
  const goal: Omit<Goal, 'etag'> = {
    id: spec.id,
    tenantId: ctx.tenantId,
    title: spec.title,
    description: spec.description ?? '',
    level: spec.level,
    ownerId: spec.ownerId,
    parentIds: (spec.parents ?? []).map(([goalId, weight]) => ({ goalId, weight })),
    metric: spec.metric
      ? { unit: spec.metric[0], start: spec.metric[1], target: spec.metric[2] }
      : null,
    current: latest?.value ?? null,
    startDate: startDateOf(ctx),
    dueDate: ctx.period.endDate,
    periodId: ctx.period.id,
    visibility: spec.visibility ?? defaultVisibility(spec.level),
    state: spec.archived ? 'archived' : 'active',
    lastCheckInAt: latest?.createdAt ?? null,
    lastConfidence: latest?.confidence ?? null,
    createdBy: spec.ownerId,
    createdAt,
    updatedAt: latest?.createdAt ?? createdAt,
  };
  return { goal, checkIns };
}
