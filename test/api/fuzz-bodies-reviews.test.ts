import { demoSettings } from '../../functions/src/adapters/demo/demo-seed.js';
import {
  CONTOSO_TENANT_ID,
  DEMO_ADMIN_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import { describeBodyFuzz, type FuzzTarget, type FuzzedRoute } from './hostile-fuzz.js';
import { expectFieldProblem } from './problem-assertions.js';
import {
  MANAGER_REVIEW_NOW,
  SELF_REVIEW_NOW,
  cycleBody,
  openCycleWithReview,
} from './reviews-fixtures.js';
import { createCycleSpec, cycleStateSpec, updateCycleSpec } from './route-body-specs-cycles.js';
import {
  reviewActionSpec,
  updateManagerSectionSpec,
  updateSelfSectionSpec,
} from './route-body-specs-reviews.js';

interface Ctx {
  host: TestHost;
  admin: string;
  employee: string;
  manager: string;
}

async function setup(): Promise<Ctx> {
  const host = await startTestHost();
  const [admin, employee, manager] = await Promise.all(
    [DEMO_ADMIN_ID, DEMO_EMPLOYEE_ID, DEMO_MANAGER_ID].map((id) => host.signIn(id)),
  );
  return { host, admin, employee, manager } as Ctx;
}

/**
 * The employee's review in a freshly opened cycle, written to by `token` with its current ETag.
 * The state is the review as the writer sees it (drafts are theirs alone) and as the admin does.
 */
async function reviewTarget(
  ctx: Ctx,
  phases: object,
  token: string,
  suffix = '',
): Promise<FuzzTarget> {
  const { reviewId } = await openCycleWithReview(ctx.host, phases);
  const path = `/api/reviews/${reviewId}`;
  const loaded = await ctx.host.call('GET', path, { token });
  const read = async (as: string) => (await ctx.host.call('GET', path, { token: as })).body;
  return {
    path: `${path}${suffix}`,
    token,
    headers: { 'if-match': loaded.headers.get('etag') ?? '' },
    state: async () => [await read(token), await read(ctx.admin)],
  };
}

/** A fresh draft cycle, changed by the admin with its current ETag; no review may appear. */
async function draftCycleTarget(ctx: Ctx, suffix = ''): Promise<FuzzTarget> {
  const body = await cycleBody(ctx.host, SELF_REVIEW_NOW);
  const created = await ctx.host.call('POST', '/api/cycles', { token: ctx.admin, body });
  const path = `/api/cycles/${created.body.id as string}`;
  const read = (url: string) => ctx.host.call('GET', url, { token: ctx.admin });
  return {
    path: `${path}${suffix}`,
    token: ctx.admin,
    headers: { 'if-match': created.headers.get('etag') ?? '' },
    state: async () => [
      (await read(path)).body,
      (await read(`/api/reviews?cycleId=${created.body.id as string}`)).body,
    ],
  };
}

const ROUTES: FuzzedRoute<Ctx>[] = [
  {
    name: 'POST /api/cycles',
    method: 'POST',
    spec: createCycleSpec(demoSettings(CONTOSO_TENANT_ID, new Date()).periods[1]?.id ?? ''),
    successStatus: 201,
    numRuns: 50,
    target: (ctx) =>
      Promise.resolve({
        path: '/api/cycles',
        token: ctx.admin,
        state: async () => (await ctx.host.call('GET', '/api/cycles', { token: ctx.admin })).body,
      }),
  },
  {
    name: 'PATCH /api/cycles/{id}',
    method: 'PATCH',
    spec: updateCycleSpec,
    successStatus: 200,
    more: [{ text: '{}', field: 'body' }],
    numRuns: 50,
    target: (ctx) => draftCycleTarget(ctx),
  },
  {
    name: 'POST /api/cycles/{id}/state',
    method: 'POST',
    spec: cycleStateSpec,
    successStatus: 200,
    numRuns: 20,
    target: (ctx) => draftCycleTarget(ctx, '/state'),
  },
  {
    name: 'PATCH /api/reviews/{id} (self section)',
    method: 'PATCH',
    spec: updateSelfSectionSpec,
    successStatus: 200,
    more: [
      { text: '{"section":"self","answers":{},"submit":true}', field: 'body.answers.q1.rating' },
    ],
    numRuns: 40,
    target: (ctx) => reviewTarget(ctx, SELF_REVIEW_NOW, ctx.employee),
  },
  {
    name: 'PATCH /api/reviews/{id} (manager section)',
    method: 'PATCH',
    spec: updateManagerSectionSpec,
    successStatus: 200,
    numRuns: 30,
    target: (ctx) => reviewTarget(ctx, MANAGER_REVIEW_NOW, ctx.manager),
  },
  {
    name: 'POST /api/reviews/{id}/actions',
    method: 'POST',
    spec: reviewActionSpec,
    successStatus: 200,
    numRuns: 25,
    target: (ctx) => reviewTarget(ctx, MANAGER_REVIEW_NOW, ctx.manager, '/actions'),
  },
];

describeBodyFuzz('review routes refuse hostile bodies with a 400 naming the field', setup, ROUTES);

describe('an own __proto__ key among the answers', () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await setup();
  });
  afterAll(() => ctx.host.close());

  // zod's record would drop an own `__proto__` key silently; the body reader refuses it first.
  it('is refused with a 400 naming it, like anywhere else in a body', async () => {
    const target = await reviewTarget(ctx, SELF_REVIEW_NOW, ctx.employee);
    const before = await target.state();
    const res = await ctx.host.call('PATCH', target.path, {
      token: target.token,
      rawBody: '{"section":"self","answers":{"__proto__":{"text":"polluted"}}}',
      headers: { ...target.headers, 'content-type': 'application/json' },
    });
    expect(await target.state()).toEqual(before);
    expectFieldProblem(res, 'body.answers.__proto__');
  });
});
