import {
  ReviewCycleSchema,
  ReviewSchema,
  completionByDepartment,
  decideReviewAction,
  ratingDistributionByManager,
  reviewPhaseAt,
  validateAnswers,
  type Review,
  type ReviewCycle,
} from '@northstar/shared';
import type { Stores } from '../../ports/stores.js';
import { openSqliteStores } from '../sqlite/sqlite-stores.js';
import { demoSettings, seedDemoTenant } from './demo-seed.js';
import { SEED_CLOSED_CYCLE_ID, SEED_OPEN_CYCLE_ID } from './demo-seed-reviews.js';
import {
  CONTOSO_TENANT_ID,
  DEMO_CEO_ID,
  DEMO_MANAGER_ID,
  FABRIKAM_TENANT_ID,
  demoTenants,
} from './demo-tenants.js';

const NOW = new Date('2026-11-27T10:00:00.000Z');
// Early, middle and late in a quarter, and across a fiscal-year boundary.
const NOWS = ['2026-10-02T08:00:00Z', '2026-12-30T18:00:00Z', '2027-07-03T12:00:00Z'];
const people = demoTenants()[0]!.people;

async function seeded(tenantId = CONTOSO_TENANT_ID, now = NOW) {
  const stores: Stores = openSqliteStores({ filename: ':memory:' });
  await seedDemoTenant(stores, tenantId, now);
  const cycles = await stores.documents
    .collection<ReviewCycle>('cycles')
    .query(tenantId, { partition: '' }, { limit: 10 });
  const reviewsOf = async (cycleId: string) =>
    (
      await stores.documents
        .collection<Review>('reviews')
        .query(tenantId, { partition: cycleId }, { limit: 200 })
    ).items;
  return { stores, cycles: cycles.items, reviewsOf };
}

function cycleOf(cycles: ReviewCycle[], id: string): ReviewCycle {
  const cycle = cycles.find((c) => c.id === id);
  if (!cycle) throw new Error(`no cycle ${id}`);
  return cycle;
}

describe('the demo review cycles', () => {
  it.each([NOW.toISOString(), ...NOWS])(
    'seeded on %s: valid, the open one in its self-review phase, the other closed',
    async (iso) => {
      const now = new Date(iso);
      const { cycles } = await seeded(CONTOSO_TENANT_ID, now);
      const periods = demoSettings(CONTOSO_TENANT_ID, now).periods.map((p) => p.id);
      expect(cycles.map((c) => ReviewCycleSchema.parse(c).id)).toEqual([
        SEED_CLOSED_CYCLE_ID,
        SEED_OPEN_CYCLE_ID,
      ]);
      const open = cycleOf(cycles, SEED_OPEN_CYCLE_ID);
      expect(open).toMatchObject({ name: 'H2 performance review', state: 'open' });
      expect(open.scope).toEqual({ kind: 'tenant' });
      expect(reviewPhaseAt(open, now)).toBe('self_review');
      expect(open.periodId).toBe(periods[1]);
      expect(cycleOf(cycles, SEED_CLOSED_CYCLE_ID)).toMatchObject({
        state: 'closed',
        periodId: periods[0],
      });
      const kinds = open.template.questions.map((q) => q.kind);
      expect(kinds).toEqual(['rating', 'rating', 'text', 'goals']);
    },
  );

  it('gives everyone with a manager one review per cycle, by that manager', async () => {
    const { reviewsOf } = await seeded();
    const managerOf = new Map(people.map((p) => [p.id, p.managerId]));
    for (const cycleId of [SEED_OPEN_CYCLE_ID, SEED_CLOSED_CYCLE_ID]) {
      const reviews = (await reviewsOf(cycleId)).map((r) => ReviewSchema.parse(r));
      expect(reviews).toHaveLength(people.length - 1);
      expect(reviews.map((r) => r.revieweeId)).not.toContain(DEMO_CEO_ID);
      for (const r of reviews) expect(r.reviewerId).toBe(managerOf.get(r.revieweeId));
    }
  });

  it('has answers that fit the template, and drafts their authors can still edit today', async () => {
    const { cycles, reviewsOf } = await seeded();
    const open = cycleOf(cycles, SEED_OPEN_CYCLE_ID);
    for (const review of await reviewsOf(SEED_OPEN_CYCLE_ID)) {
      const submitted = review.self.submittedAt !== null;
      expect(validateAnswers(open.template, review.self.answers, { forSubmit: submitted })).toEqual(
        [],
      );
      const actor = { id: review.revieweeId, isAdmin: false, chainOfReviewee: [] };
      const edit = decideReviewAction({
        cycle: open,
        review,
        actor,
        action: 'save_self',
        now: NOW,
      });
      expect(edit.allowed).toBe(!submitted);
    }
  });

  it('shows hand-counted completion per department in the open cycle', async () => {
    const { reviewsOf } = await seeded();
    const row = (department: string, total: number, selfSubmitted: number) => ({
      department,
      total,
      selfSubmitted,
      managerSubmitted: 0,
      acknowledged: 0,
    });
    expect(completionByDepartment(await reviewsOf(SEED_OPEN_CYCLE_ID), people)).toEqual([
      row('Engineering', 13, 3),
      row('Marketing', 8, 0),
      row('People & Operations', 9, 1),
      row('Sales', 10, 2),
    ]);
  });

  it('has a closed cycle with every manager rating submitted and most acknowledged', async () => {
    const { cycles, reviewsOf } = await seeded();
    const reviews = await reviewsOf(SEED_CLOSED_CYCLE_ID);
    const closed = cycleOf(cycles, SEED_CLOSED_CYCLE_ID);
    const completion = completionByDepartment(reviews, people);
    expect(completion.map((r) => [r.department, r.managerSubmitted, r.acknowledged])).toEqual([
      ['Engineering', 13, 11],
      ['Marketing', 8, 6],
      ['People & Operations', 9, 8],
      ['Sales', 10, 9],
    ]);
    const priya = ratingDistributionByManager(reviews, closed.template).find(
      (r) => r.reviewerId === DEMO_MANAGER_ID,
    );
    // Her five reports get ratings 4-8 of the round: [4,4] [2,3] [5,4] [3,2] [4,5].
    expect(priya).toEqual({
      reviewerId: DEMO_MANAGER_ID,
      reviews: 5,
      questions: [
        { questionId: 'impact', counts: [0, 1, 1, 2, 1] },
        { questionId: 'collaboration', counts: [0, 1, 1, 2, 1] },
      ],
    });
  });

  it('is the same on every seed of the same day', async () => {
    const strip = (docs: { etag: string }[]) => docs.map(({ etag: _etag, ...doc }) => doc);
    const [a, b] = await Promise.all([seeded(), seeded()]);
    expect(strip(await a.reviewsOf(SEED_OPEN_CYCLE_ID))).toEqual(
      strip(await b.reviewsOf(SEED_OPEN_CYCLE_ID)),
    );
    expect(strip(a.cycles)).toEqual(strip(b.cycles));
  });

  it('seeds no cycle into Fabrikam', async () => {
    const { cycles } = await seeded(FABRIKAM_TENANT_ID);
    expect(cycles).toEqual([]);
  });
});
