import { DEMO_ADMIN_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import { SELF_REVIEW_NOW, cycleBody } from './reviews-fixtures.js';

describe.each(['sqlite', 'cosmos'] as const)('opening a cycle twice at once on %s', (store) => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost({ store });
  });
  afterAll(() => host.close());

  it('creates one review per person, never two', async () => {
    const admin = await host.signIn(DEMO_ADMIN_ID);
    const created = await host.call('POST', '/api/cycles', {
      token: admin,
      body: await cycleBody(host, SELF_REVIEW_NOW),
    });
    const open = () =>
      host.call('POST', `/api/cycles/${created.body.id as string}/open`, {
        token: admin,
        headers: { 'if-match': `"${created.body.etag as string}"` },
      });
    const answers = await Promise.all([open(), open()]);
    expect(answers.map((a) => a.status).sort()).toContain(200);
    const list = await host.call(
      'GET',
      `/api/reviews?cycleId=${created.body.id as string}&limit=100`,
      {
        token: admin,
      },
    );
    const reviewees = list.body.items.map((r: { revieweeId: string }) => r.revieweeId);
    expect(reviewees.length).toBe(13);
    expect(new Set(reviewees).size).toBe(13);
  });
});
