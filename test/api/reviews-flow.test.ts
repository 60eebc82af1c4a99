import {
  DEMO_ADMIN_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_SKIP_LEVEL_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import { expectProblem } from './problem-assertions.js';
import { MANAGER_REVIEW_NOW, SELF_REVIEW_NOW, openCycleWithReview } from './reviews-fixtures.js';

const ifMatch = (etag: string) => ({ 'if-match': `"${etag}"` });

describe.each(['sqlite', 'cosmos'] as const)('on the %s store, a review cycle runs', (store) => {
  let host: TestHost;
  let employee: string;
  let manager: string;
  let admin: string;
  beforeAll(async () => {
    host = await startTestHost({ store });
    employee = await host.signIn(DEMO_EMPLOYEE_ID);
    manager = await host.signIn(DEMO_MANAGER_ID);
    admin = await host.signIn(DEMO_ADMIN_ID);
  });
  afterAll(() => host.close());

  it('opens an Engineering cycle once, with one review per person who has a manager', async () => {
    const { cycleId, reviewId, openBody } = await openCycleWithReview(host, SELF_REVIEW_NOW);
    expect(openBody.cycle.state).toBe('open');
    expect(openBody.created).toBe(13);
    expect(openBody.skipped).toEqual([]);
    const again = await host.call('POST', `/api/cycles/${cycleId}/open`, {
      token: admin,
      headers: ifMatch(openBody.cycle.etag),
    });
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(0);
    expect(again.body.skipped).toHaveLength(13);
    const cycles = await host.call('GET', '/api/cycles', { token: employee });
    expect(cycles.body.items.map((c: { id: string }) => c.id)).toContain(cycleId);
    const mine = await host.call('GET', `/api/reviews/${reviewId}`, { token: employee });
    expect(mine.body.review).toMatchObject({
      revieweeId: DEMO_EMPLOYEE_ID,
      reviewerId: DEMO_MANAGER_ID,
      viewerRole: 'reviewee',
      phase: 'self_review',
      allowedActions: ['save_self', 'submit_self'],
    });
    expect(mine.headers.get('etag')).toBe(`"${mine.body.review.etag as string}"`);
    expect(mine.body.cycle).toEqual({
      id: cycleId,
      name: 'Engineering H2 review',
      periodId: expect.any(String),
    });
    expect(mine.body.template.questions.map((q: { id: string }) => q.id)).toEqual(['q1', 'q2']);
  });

  it('lets the employee save and submit the self review; the manager sees it only when submitted', async () => {
    const { reviewId } = await openCycleWithReview(host, SELF_REVIEW_NOW);
    const path = `/api/reviews/${reviewId}`;
    const loaded = await host.call('GET', path, { token: employee });
    const saved = await host.call('PATCH', path, {
      token: employee,
      headers: ifMatch(loaded.body.review.etag),
      body: { section: 'self', answers: { q1: { rating: 4 } } },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.self).toEqual({ answers: { q1: { rating: 4 } }, submittedAt: null });
    const draftSeen = await host.call('GET', path, { token: manager });
    expect(draftSeen.body.review.self).toBeNull();
    const submitted = await host.call('PATCH', path, {
      token: employee,
      headers: ifMatch(saved.body.etag),
      body: {
        section: 'self',
        answers: { q1: { rating: 5 }, q2: { text: 'Shipped' } },
        submit: true,
      },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.headers.get('etag')).toBe(`"${submitted.body.etag as string}"`);
    const seen = await host.call('GET', path, { token: manager });
    expect(seen.body.review.self.answers.q1.rating).toBe(5);
    const again = await host.call('PATCH', path, {
      token: employee,
      headers: ifMatch(submitted.body.etag),
      body: { section: 'self', answers: {} },
    });
    expect(expectProblem(again, 409).detail).toMatch(/ask your manager to reopen it/);
  });

  it('refuses a manager edit before the manager-review phase with the date', async () => {
    const { reviewId } = await openCycleWithReview(host, SELF_REVIEW_NOW);
    const loaded = await host.call('GET', `/api/reviews/${reviewId}`, { token: manager });
    const res = await host.call('PATCH', `/api/reviews/${reviewId}`, {
      token: manager,
      headers: ifMatch(loaded.body.review.etag),
      body: { section: 'manager', answers: { q1: { rating: 3 } } },
    });
    expect(expectProblem(res, 409).detail).toMatch(/manager-review phase opens on/);
  });

  it('hides the manager section from the employee until an admin releases it', async () => {
    const { reviewId } = await openCycleWithReview(host, MANAGER_REVIEW_NOW);
    const path = `/api/reviews/${reviewId}`;
    const late = await host.call('GET', path, { token: employee });
    const lateEdit = await host.call('PATCH', path, {
      token: employee,
      headers: ifMatch(late.body.review.etag),
      body: { section: 'self', answers: {} },
    });
    expect(expectProblem(lateEdit, 409).detail).toMatch(/self-review phase ended on/);
    const loaded = await host.call('GET', path, { token: manager });
    const submitted = await host.call('PATCH', path, {
      token: manager,
      headers: ifMatch(loaded.body.review.etag),
      body: { section: 'manager', answers: { q1: { rating: 2 } }, submit: true },
    });
    expect(submitted.status).toBe(200);
    const hidden = await host.call('GET', path, { token: employee });
    expect(hidden.body.review).toMatchObject({ manager: null, released: false });
    const skip = await host.call('GET', path, { token: await host.signIn(DEMO_SKIP_LEVEL_ID) });
    expect(skip.body.review).toMatchObject({
      viewerRole: 'chain',
      manager: { answers: { q1: { rating: 2 } } },
    });
    const released = await host.call('POST', `${path}/actions`, {
      token: admin,
      headers: ifMatch(submitted.body.etag),
      body: { action: 'release' },
    });
    expect(released.status).toBe(200);
    const shown = await host.call('GET', path, { token: employee });
    expect(shown.body.review).toMatchObject({
      released: true,
      manager: { answers: { q1: { rating: 2 } } },
    });
    const ack = await host.call('POST', `${path}/actions`, {
      token: employee,
      headers: ifMatch(shown.body.review.etag),
      body: { action: 'acknowledge' },
    });
    expect(ack.body.acknowledgedAt).toEqual(expect.any(String));
  });

  it('writes who did what to the audit trail of the review', async () => {
    const { reviewId } = await openCycleWithReview(host, SELF_REVIEW_NOW);
    const loaded = await host.call('GET', `/api/reviews/${reviewId}`, { token: employee });
    await host.call('PATCH', `/api/reviews/${reviewId}`, {
      token: employee,
      headers: ifMatch(loaded.body.review.etag),
      body: { section: 'self', answers: { q2: { text: 'Draft' } } },
    });
    const audit = await host.app.services.stores.documents
      .collection('audit')
      .query(loaded.body.review.tenantId, { partition: reviewId }, { limit: 10 });
    expect(audit.items).toEqual([
      expect.objectContaining({
        actorId: DEMO_EMPLOYEE_ID,
        action: 'save_self',
        subjectId: reviewId,
      }),
    ]);
  });
});
