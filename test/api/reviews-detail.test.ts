import {
  CONTOSO_TENANT_ID,
  DEMO_ADMIN_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_SKIP_LEVEL_ID,
  DEMO_UNRELATED_ID,
  FABRIKAM_PERSON_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { SEED_EMPLOYEE_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import { createGoal } from './goal-fixtures.js';
import { startTestHost, type TestHost } from './harness.js';
import { expectProblem } from './problem-assertions.js';
import { SELF_REVIEW_NOW, TEMPLATE, openCycleWithReview } from './reviews-fixtures.js';

const ARJUN_GOALS = ['g-arjun-architect-cert', SEED_EMPLOYEE_GOAL_ID];

describe.each(['sqlite', 'cosmos'] as const)('on the %s store, a review in detail', (store) => {
  let host: TestHost;
  let reviewId: string;
  let cycleId: string;
  beforeAll(async () => {
    host = await startTestHost({ store });
    ({ reviewId, cycleId } = await openCycleWithReview(host, SELF_REVIEW_NOW));
  });
  afterAll(() => host.close());

  const get = async (personId: string) =>
    host.call('GET', `/api/reviews/${reviewId}`, { token: await host.signIn(personId) });

  it('carries the cycle, its template and the goals section, with the review ETag', async () => {
    const res = await get(DEMO_EMPLOYEE_ID);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['cycle', 'goals', 'review', 'template']);
    const cycle = await host.call('GET', `/api/cycles/${cycleId}`, {
      token: await host.signIn(DEMO_EMPLOYEE_ID),
    });
    expect(res.body.cycle).toEqual({
      id: cycleId,
      name: cycle.body.name,
      periodId: cycle.body.periodId,
    });
    expect(res.body.template).toEqual(TEMPLATE);
    expect(res.body.review).toMatchObject({ id: reviewId, viewerRole: 'reviewee' });
    expect(res.headers.get('etag')).toBe(`"${res.body.review.etag as string}"`);
  });

  it.each([
    ['the reviewee', DEMO_EMPLOYEE_ID],
    ['the reviewer', DEMO_MANAGER_ID],
    ['the skip-level manager', DEMO_SKIP_LEVEL_ID],
    ['an admin', DEMO_ADMIN_ID],
  ])("shows %s the reviewee's goals of the period as a goal read does", async (_who, personId) => {
    const res = await get(personId);
    expect(res.body.goals.map((g: { id: string }) => g.id).sort()).toEqual(ARJUN_GOALS);
    const token = await host.signIn(personId);
    for (const goal of res.body.goals) {
      const read = await host.call('GET', `/api/goals/${goal.id as string}`, { token });
      const { id, title, level, state, status, progress, dueDate } = read.body;
      expect(goal).toEqual({ id, title, level, state, status, progress, dueDate });
    }
  });

  it('follows a goal the reviewee adds in the period, and leaves out the next period', async () => {
    const token = await host.signIn(DEMO_EMPLOYEE_ID);
    const settings = await host.app.services.settings.get(CONTOSO_TENANT_ID);
    const [, current, next] = settings.periods;
    const inPeriod = await createGoal(host, token, {
      title: 'Mentor two new engineers',
      periodId: current!.id,
      dueDate: current!.endDate,
    });
    const later = await createGoal(host, token, {
      title: 'Give a conference talk',
      periodId: next!.id,
      dueDate: next!.endDate,
    });
    const detail = (await get(DEMO_EMPLOYEE_ID)).body;
    expect(detail.cycle.periodId).toBe(current!.id);
    const ids = detail.goals.map((g: { id: string }) => g.id);
    expect(ids).toContain(inPeriod.id);
    expect(ids).not.toContain(later.id);
  });

  it.each([
    ['an unrelated colleague', DEMO_UNRELATED_ID],
    ['someone in another organisation', FABRIKAM_PERSON_ID],
  ])('is 404 for %s, with nothing of the goals in it', async (_who, personId) => {
    const problem = expectProblem(await get(personId), 404);
    expect(JSON.stringify(problem)).not.toMatch(/failover|Architect/i);
  });
});
