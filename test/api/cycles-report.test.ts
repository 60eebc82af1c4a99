import {
  SEED_CLOSED_CYCLE_ID,
  SEED_OPEN_CYCLE_ID,
} from '../../functions/src/adapters/demo/demo-seed.js';
import { DEMO_ADMIN_ID, DEMO_MANAGER_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import {
  createDraftCycle,
  ifMatch,
  moveCycle,
  signInCycleCallers,
  type CycleCallers,
} from './cycles-fixtures.js';
import { expectProblem } from './problem-assertions.js';
import { SELF_REVIEW_NOW } from './reviews-fixtures.js';

const DAY_MS = 86_400_000;

describe.each(['sqlite', 'cosmos'] as const)('on the %s store, the cycle report', (store) => {
  let host: TestHost;
  let as: CycleCallers;
  // The app's clock, moved on by the test from the self-review into the manager-review phase.
  let offsetDays = 0;
  const clock = { now: () => new Date(Date.now() + offsetDays * DAY_MS) };
  beforeAll(async () => {
    host = await startTestHost({ store, clock });
    as = await signInCycleCallers(host);
  });
  afterAll(() => host.close());

  /** Saves (or submits) a section of `revieweeId`'s review as the holder of `token`. */
  async function write(
    cycleId: string,
    revieweeId: string,
    token: string,
    body: Record<string, unknown>,
  ) {
    const list = await host.call(
      'GET',
      `/api/reviews?cycleId=${cycleId}&revieweeId=${revieweeId}`,
      {
        token,
      },
    );
    const review = list.body.items[0];
    const res = await host.call('PATCH', `/api/reviews/${review.id as string}`, {
      token,
      headers: ifMatch(review.etag),
      body,
    });
    if (res.status !== 200)
      throw new Error(`write ${revieweeId}: ${res.status} ${res.body.detail}`);
    return res.body;
  }

  const rated = (rating: number, submit = true) => ({ answers: { q1: { rating } }, submit });

  it('counts completion per department and ratings per manager as written', async () => {
    const draft = await createDraftCycle(host, as.admin, SELF_REVIEW_NOW);
    const { id } = await moveCycle(host, as.admin, draft, 'open');
    const ananya = await host.signIn('ananya-iyer');
    const wei = await host.signIn('wei-chen');
    const tomas = await host.signIn('tomas-novak');
    await write(id, 'arjun-mehta', as.employee, { section: 'self', ...rated(4) });
    await write(id, 'ananya-iyer', ananya, { section: 'self', ...rated(3) });
    await write(id, 'wei-chen', wei, { section: 'self', ...rated(3, false) });
    offsetDays = 5; // the manager-review phase
    const arjun = await write(id, 'arjun-mehta', as.manager, { section: 'manager', ...rated(4) });
    await write(id, 'ananya-iyer', as.manager, { section: 'manager', ...rated(2) });
    await write(id, 'wei-chen', as.manager, { section: 'manager', ...rated(5, false) });
    await write(id, 'johanna-lorenz', tomas, { section: 'manager', ...rated(5) });
    const admin = await host.signIn(DEMO_ADMIN_ID);
    const path = `/api/reviews/${arjun.id as string}`;
    const released = await host.call('POST', `${path}/actions`, {
      token: admin,
      headers: ifMatch(arjun.etag),
      body: { action: 'release' },
    });
    await host.call('POST', `${path}/actions`, {
      token: as.employee,
      headers: ifMatch(released.body.etag),
      body: { action: 'acknowledge' },
    });
    const report = await host.call('GET', `/api/cycles/${id}/report`, { token: as.admin });
    expect(report.status).toBe(200);
    expect(report.body).toEqual({
      cycleId: id,
      completion: [
        {
          department: 'Engineering',
          total: 13,
          selfSubmitted: 2,
          managerSubmitted: 3,
          acknowledged: 1,
        },
      ],
      ratings: [
        {
          reviewerId: DEMO_MANAGER_ID,
          reviews: 2,
          questions: [{ questionId: 'q1', counts: [0, 1, 0, 1, 0] }],
        },
        {
          reviewerId: 'tomas-novak',
          reviews: 1,
          questions: [{ questionId: 'q1', counts: [0, 0, 0, 0, 1] }],
        },
      ],
    });
  });

  it('shows the seeded open cycle under way, by department', async () => {
    const report = await host.call('GET', `/api/cycles/${SEED_OPEN_CYCLE_ID}/report`, {
      token: as.admin,
    });
    const row = (department: string, total: number, selfSubmitted: number) => ({
      department,
      total,
      selfSubmitted,
      managerSubmitted: 0,
      acknowledged: 0,
    });
    expect(report.body).toEqual({
      cycleId: SEED_OPEN_CYCLE_ID,
      completion: [
        row('Engineering', 13, 3),
        row('Marketing', 8, 0),
        row('People & Operations', 9, 1),
        row('Sales', 10, 2),
      ],
      ratings: [],
    });
  });

  it("shows the seeded closed cycle's rating distribution per manager", async () => {
    const report = await host.call('GET', `/api/cycles/${SEED_CLOSED_CYCLE_ID}/report`, {
      token: as.admin,
    });
    const reviews = report.body.ratings.map((r: { reviews: number }) => r.reviews);
    expect(reviews.reduce((a: number, b: number) => a + b, 0)).toBe(40);
    expect(report.body.ratings).toContainEqual({
      reviewerId: DEMO_MANAGER_ID,
      reviews: 5,
      questions: [
        { questionId: 'impact', counts: [0, 1, 1, 2, 1] },
        { questionId: 'collaboration', counts: [0, 1, 1, 2, 1] },
      ],
    });
  });

  it.each([
    ['employee', 403],
    ['manager', 403],
    ['otherTenant', 404],
    ['fabrikamAdmin', 404],
  ] as const)('refuses the %s (%i)', async (name, status) => {
    const res = await host.call('GET', `/api/cycles/${SEED_OPEN_CYCLE_ID}/report`, {
      token: as[name],
    });
    expect(JSON.stringify(expectProblem(res, status))).not.toContain('Engineering');
  });

  it('answers 401 without a token and 404 for an unknown cycle', async () => {
    expectProblem(await host.call('GET', `/api/cycles/${SEED_OPEN_CYCLE_ID}/report`), 401);
    expectProblem(await host.call('GET', '/api/cycles/c-nope/report', { token: as.admin }), 404);
  });
});
