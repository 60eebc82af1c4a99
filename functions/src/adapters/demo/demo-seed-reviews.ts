import { fiscalQuarter, utcDay, type Review, type ReviewCycle } from '@northstar/shared';
import {
  createReviews,
  plannedReviews,
  type NewReview,
} from '../../features/reviews/cycle-reviews.js';
import type { Stores } from '../../ports/stores.js';
import {
  DEMO_REVIEW_TEMPLATE,
  OPEN_CYCLE_SELF_REVIEWS,
  answersOf,
  closedCycleAnswers,
} from './demo-seed-review-answers.js';
import { CONTOSO_TENANT_ID, demoTenants } from './demo-tenants.js';

/** The open demo cycle of the current period, in its self-review phase on the seed day. */
export const SEED_OPEN_CYCLE_ID = 'c-contoso-h2-review';
/** The earlier, closed demo cycle of the previous period, with submitted manager ratings. */
export const SEED_CLOSED_CYCLE_ID = 'c-contoso-h1-review';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day `days` after `now` (before, when negative). */
function dayFrom(now: Date, days: number): string {
  return utcDay(new Date(now.getTime() + days * DAY_MS));
}

/** The instant `days` before `now`. */
function daysAgo(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/**
 * Contoso's two demo cycles, dated relative to `now`, both for the whole tenant with
 * `DEMO_REVIEW_TEMPLATE`. Open: self review from 4 days ago to 9 days ahead (so it contains the
 * seed day), manager review the 14 days after, release 27 and acknowledgement 37 days ahead.
 * Closed: the same rhythm about three months earlier, for the previous period.
 */
export function demoCycles(tenantId: string, now: Date): Omit<ReviewCycle, 'etag'>[] {
  const cycle = (id: string, name: string, periodOffset: number, shift: number) => ({
    id,
    tenantId,
    name,
    periodId: fiscalQuarter(now, periodOffset).id,
    scope: { kind: 'tenant' as const },
    phases: {
      selfReview: { start: dayFrom(now, shift - 4), end: dayFrom(now, shift + 9) },
      managerReview: { start: dayFrom(now, shift + 10), end: dayFrom(now, shift + 23) },
      release: dayFrom(now, shift + 27),
      acknowledgeBy: dayFrom(now, shift + 37),
    },
    template: DEMO_REVIEW_TEMPLATE,
    createdAt: daysAgo(now, 7 - shift),
  });
  const open = cycle(SEED_OPEN_CYCLE_ID, 'H2 performance review', 0, 0);
  const closed = cycle(SEED_CLOSED_CYCLE_ID, 'H1 performance review', -1, -96);
  return [
    { ...closed, state: 'closed', updatedAt: daysAgo(now, 50) },
    { ...open, state: 'open', updatedAt: daysAgo(now, 4) },
  ];
}

/** The open cycle's reviews, with the self reviews of `OPEN_CYCLE_SELF_REVIEWS` under way. */
function openCycleReviews(reviews: NewReview[], now: Date): NewReview[] {
  const rows = new Map(OPEN_CYCLE_SELF_REVIEWS.map((row) => [row[0], row]));
  return reviews.map((review) => {
    const row = rows.get(review.revieweeId);
    if (!row) return review;
    const [, state, ago, impact, collaboration, text] = row;
    const at = daysAgo(now, ago);
    const answers = answersOf(impact, collaboration, text);
    return {
      ...review,
      self: { answers, submittedAt: state === 'submitted' ? at : null },
      updatedAt: at,
    };
  });
}

/** The closed cycle's reviews: both sections submitted, released by date, most acknowledged. */
function closedCycleReviews(reviews: NewReview[], now: Date): NewReview[] {
  return reviews.map((review, index) => {
    const { self, manager } = closedCycleAnswers(index);
    const acknowledged = index % 6 !== 5;
    return {
      ...review,
      self: { answers: self, submittedAt: daysAgo(now, 90) },
      manager: { answers: manager, submittedAt: daysAgo(now, 76) },
      acknowledgedAt: acknowledged ? daysAgo(now, 65) : null,
      updatedAt: daysAgo(now, acknowledged ? 65 : 76),
    };
  });
}

/**
 * Every review of the demo cycles: one per Contoso person with a manager (the CEO has none),
 * planned by the same code that opens a cycle (`plannedReviews`), then filled in.
 */
export function demoReviews(tenantId: string, now: Date): NewReview[] {
  const people = demoTenants().find((t) => t.id === tenantId)?.people ?? [];
  const [closed, open] = demoCycles(tenantId, now);
  if (!closed || !open) return [];
  const plan = (cycle: typeof open, openedDaysAgo: number) =>
    plannedReviews(cycle, people, [], daysAgo(now, openedDaysAgo)).reviews;
  return [...closedCycleReviews(plan(closed, 100), now), ...openCycleReviews(plan(open, 4), now)];
}

/** Seeds Contoso's demo cycles and their reviews; other tenants get none. */
export async function seedDemoReviews(stores: Stores, tenantId: string, now: Date): Promise<void> {
  if (tenantId !== CONTOSO_TENANT_ID) return;
  const cycles = stores.documents.collection<ReviewCycle>('cycles');
  for (const cycle of demoCycles(tenantId, now)) await cycles.create(cycle);
  await createReviews(stores.documents.collection<Review>('reviews'), demoReviews(tenantId, now));
}
