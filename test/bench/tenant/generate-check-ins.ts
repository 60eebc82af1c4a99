import { expectedProgress, type CheckIn } from '@northstar/shared';
import type { NewGoal } from './generate-goals.js';
import { mixSeed, seededRandom, type Random } from './seeded-random.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOTES = [
  'On track.',
  'Blocked on a dependency, unblocking this week.',
  'Good progress after the planning session.',
  'Slower than hoped; re-scoping.',
  '',
] as const;

/** Check-ins per goal: the total spread evenly, the first goals taking the remainder. */
function countFor(index: number, goalCount: number, total: number): number {
  return Math.floor(total / goalCount) + (index < total % goalCount ? 1 : 0);
}

/** Times between the goal's creation and the end of its period (or now), oldest first. */
function timesFor(random: Random, goal: NewGoal, count: number, now: Date): number[] {
  const from = Date.parse(goal.createdAt);
  const to = Math.min(Date.parse(`${goal.dueDate}T00:00:00Z`) + DAY_MS, now.getTime());
  const span = Math.max(to - from, 1);
  return Array.from({ length: count }, () => from + Math.floor(random.next() * span)).sort(
    (a, b) => a - b,
  );
}

/** One goal's check-ins: a pace per goal, values moving toward the target, confidence with it. */
function goalCheckIns(
  seed: number,
  index: number,
  goal: NewGoal,
  count: number,
  now: Date,
): CheckIn[] {
  const random = seededRandom(mixSeed(seed, index));
  const pace = 0.4 + random.next();
  const { start, target } = goal.metric ?? { start: 0, target: 100 };
  return timesFor(random, goal, count, now).map((time, n) => {
    const at = new Date(time);
    const progress = Math.min(1, pace * expectedProgress(goal.startDate, goal.dueDate, at));
    const noise = (random.next() - 0.5) * 0.04;
    const confidence = Math.round(Math.min(10, Math.max(0, pace * 7 + random.int(-2, 2))));
    return {
      id: `ci-${goal.id}-${String(n + 1)}`,
      tenantId: goal.tenantId,
      goalId: goal.id,
      value: Number((start + (target - start) * (progress + noise)).toFixed(2)),
      confidence,
      note: random.pick(NOTES),
      authorId: goal.ownerId,
      createdAt: at.toISOString(),
    };
  });
}

/**
 * `count` check-ins over `goals` (the same for the same seed), yielded in batches of about
 * `batchSize` so a million never sit in memory at once. Each goal's check-ins come together,
 * oldest first, so the last one seen for a goal is its latest.
 */
export function* generateCheckIns(
  seed: number,
  goals: readonly NewGoal[],
  count: number,
  now: Date,
  batchSize = 10_000,
): Generator<CheckIn[]> {
  let batch: CheckIn[] = [];
  for (const [index, goal] of goals.entries()) {
    batch.push(...goalCheckIns(seed, index, goal, countFor(index, goals.length, count), now));
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
