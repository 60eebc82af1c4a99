import {
  fiscalQuarter,
  type Goal,
  type GoalLevel,
  type Period,
  type Person,
} from '@northstar/shared';
import {
  buildSeedGoal,
  type GoalSpec,
} from '../../../functions/src/adapters/demo/demo-goal-spec.js';
import { seededRandom, type Random } from './seeded-random.js';

/** A goal ready for `GoalRepository.create`. */
export type NewGoal = Omit<Goal, 'etag'>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** The demo seed dates a goal this many days before its seed "now" (demo-goal-spec.ts). */
const SEED_CREATED_DAYS_AGO = 35;
/** Four quarters: the year of check-ins ends in the current one. */
const QUARTER_OFFSETS = [-3, -2, -1, 0] as const;
const METRICS: readonly (readonly [string, number, number])[] = [
  ['%', 0, 100],
  ['customers', 120, 200],
  ['ms', 900, 300],
  ['NPS', 30, 50],
  ['tickets', 400, 150],
  ['releases', 0, 12],
];
const VERBS = ['Grow', 'Cut', 'Ship', 'Improve', 'Launch', 'Reduce'] as const;
const THEMES = ['onboarding', 'latency', 'renewals', 'hiring', 'quality', 'cost', 'reach'] as const;

interface GoalContext {
  random: Random;
  now: Date;
  periods: readonly Period[];
  people: readonly Person[];
  managers: readonly Person[];
  /** Goal ids by level, then period id, for picking parents. */
  byLevel: Map<GoalLevel, Map<string, string[]>>;
}

/** Parents among the level above in the same period, 1-3 of them, each named once. */
function pickParents(ctx: GoalContext, level: GoalLevel, periodId: string): [string, number][] {
  const above = level === 'individual' ? 'team' : 'company';
  const pool = ctx.byLevel.get(above)?.get(periodId) ?? [];
  if (level === 'company' || pool.length === 0) return [];
  const ids = new Set<string>();
  const wanted = ctx.random.int(1, Math.min(3, pool.length));
  while (ids.size < wanted) ids.add(ctx.random.pick(pool));
  return [...ids].map((id) => [id, ctx.random.int(1, 100)]);
}

function ownerFor(ctx: GoalContext, level: GoalLevel): Person {
  if (level === 'company') return ctx.random.pick(ctx.people.slice(0, 13));
  return ctx.random.pick(level === 'team' ? ctx.managers : ctx.people);
}

function specFor(ctx: GoalContext, index: number, level: GoalLevel, period: Period): GoalSpec {
  const metric = ctx.random.chance(0.8) ? ctx.random.pick(METRICS) : undefined;
  const theme = ctx.random.pick(THEMES);
  return {
    id: `g-${String(index).padStart(7, '0')}`,
    title: `${ctx.random.pick(VERBS)} ${theme} (${level} ${String(index)})`,
    description: `Generated ${level} goal about ${theme}.`,
    level,
    ownerId: ownerFor(ctx, level).id,
    parents: pickParents(ctx, level, period.id),
    ...(metric ? { metric } : {}),
    visibility: level === 'individual' && ctx.random.chance(0.6) ? 'private' : 'public',
    archived: ctx.random.chance(0.03),
    checkIns: [],
  };
}

/** Builds one goal through the demo seed's own builder, written a few days into its period. */
function makeGoal(ctx: GoalContext, index: number, level: GoalLevel): NewGoal {
  const period = ctx.random.pick(ctx.periods);
  const start = Date.parse(`${period.startDate}T00:00:00Z`);
  const written = Math.min(start + ctx.random.int(0, 20) * DAY_MS, ctx.now.getTime());
  const seedNow = new Date(written + SEED_CREATED_DAYS_AGO * DAY_MS);
  const spec = specFor(ctx, index, level, period);
  const { goal } = buildSeedGoal(spec, { tenantId: '', period, now: seedNow });
  ctx.byLevel.get(level)?.get(period.id)?.push(goal.id);
  return goal;
}

/** Company goals: a few a quarter, as companies set them (20 a quarter at most). */
function companyGoals(goalCount: number): number {
  return Math.min(80, Math.max(4, Math.round(goalCount * 0.0008)));
}

function levelOf(index: number, goalCount: number): GoalLevel {
  const companyCount = companyGoals(goalCount);
  if (index < companyCount) return 'company';
  return index < companyCount + Math.round(goalCount * 0.12) ? 'team' : 'individual';
}

/** The four fiscal quarters up to and including the one containing `now`, oldest first. */
export function benchPeriods(now: Date): Period[] {
  return QUARTER_OFFSETS.map((offset) => fiscalQuarter(now, offset));
}

/**
 * `goalCount` goals over the four fiscal quarters up to `now`, the same for the same seed: a
 * few company goals a quarter (no parents; 20 a quarter at 100,000 goals), ~12% team and the
 * rest individual, each of these with 1-3 parents one
 * level up in the same quarter; 80% measured, individual goals mostly private, 3% archived.
 * Parents come first. `tenantId` is left empty for the loader to fill in.
 */
export function generateGoals(
  seed: number,
  people: readonly Person[],
  goalCount: number,
  now: Date,
): NewGoal[] {
  const periods = benchPeriods(now);
  const managerIds = new Set(people.map((p) => p.managerId));
  const byLevel = new Map<GoalLevel, Map<string, string[]>>(
    (['company', 'team'] as const).map((l) => [l, new Map(periods.map((p) => [p.id, []]))]),
  );
  const ctx: GoalContext = {
    random: seededRandom(seed),
    now,
    periods,
    people,
    managers: people.filter((p) => managerIds.has(p.id)),
    byLevel,
  };
  return Array.from({ length: goalCount }, (_, i) => makeGoal(ctx, i, levelOf(i, goalCount)));
}
