import { randomUUID } from 'node:crypto';
import { DEMO_ADMIN_ID, DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { rawCall } from './authorization-matrix-cells.js';
import { managerSection, reviewAt, sendWithEtag } from './authorization-matrix-reviews-fixtures.js';
import { CALLER_NAMES, as, signInAll, type CallerName } from './callers.js';
import { startTestHost, type TestHost } from './harness.js';
import { MANAGER_REVIEW_NOW, cycleBody } from './reviews-fixtures.js';

/** The review in a `GET /api/reviews/{id}` answer, before and after it carried its cycle too. */
const viewOf = (body: any) => body.review ?? body;

describe('a review’s manager section never reaches the reviewee before release', () => {
  let host: TestHost;
  let tokens: Record<CallerName, string | undefined>;
  beforeAll(async () => {
    host = await startTestHost();
    tokens = await signInAll(host);
  });
  afterAll(() => host.close());

  /** Every way to read a review: itself, its cycle's list, the reviewee's list. */
  function readPaths(path: string, cycleId: string, revieweeId = DEMO_EMPLOYEE_ID): string[] {
    return [path, `/api/reviews?cycleId=${cycleId}`, `/api/reviews?revieweeId=${revieweeId}`];
  }

  /** Asserts `words` appear in no response `callers` get from reading the review. */
  async function expectHiddenFrom(callers: readonly CallerName[], paths: string[], words: string) {
    for (const caller of callers) {
      for (const path of paths) {
        const { text } = await rawCall(host, 'GET', path, { token: tokens[caller] });
        expect({ caller, path, leaked: text.includes(words) }).toEqual({
          caller,
          path,
          leaked: false,
        });
      }
    }
  }

  it.each(CALLER_NAMES.filter((c) => c !== 'noToken'))(
    'GET /api/reviews lists the review to %s only if they may open it',
    async (caller) => {
      const { cycleId, reviewId } = await reviewAt(host, 'self');
      const res = await host.call('GET', `/api/reviews?cycleId=${cycleId}`, as(tokens[caller]));
      const listed = (res.body.items as { id: string }[]).some((r) => r.id === reviewId);
      expect(listed).toBe(['owner', 'manager', 'skipLevel', 'ceo', 'admin'].includes(caller));
    },
  );

  /** Writes the manager section of `path` as the reviewer; fails loudly unless it is saved. */
  async function writeManagerSection(path: string, words: string, submit: boolean) {
    const body = managerSection(words, submit);
    const res = await sendWithEtag(host, tokens.manager, 'PATCH', path, body);
    expect(res.status).toBe(200);
  }

  it('shows a manager draft to its author alone', async () => {
    const { cycleId, path } = await reviewAt(host, 'manager');
    const draft = `draft-${randomUUID()}`;
    await writeManagerSection(path, draft, false);
    const others = CALLER_NAMES.filter((c) => c !== 'manager');
    await expectHiddenFrom(others, readPaths(path, cycleId), draft);
  });

  it('shows the submitted section to the chain and admins, to the reviewee only once released', async () => {
    const { cycleId, path } = await reviewAt(host, 'manager');
    const final = `final-${randomUUID()}`;
    await writeManagerSection(path, final, true);
    const outsiders = ['owner', 'unrelated', 'otherTenant', 'noToken'] as const;
    await expectHiddenFrom(outsiders, readPaths(path, cycleId), final);
    const before = await host.call('GET', path, as(tokens.owner));
    expect(viewOf(before.body)).toMatchObject({ manager: null, released: false });
    for (const caller of ['manager', 'skipLevel', 'ceo', 'admin'] as const) {
      const seen = await host.call('GET', path, as(tokens[caller]));
      expect(viewOf(seen.body).manager.answers.q2.text).toBe(final);
    }
    const release = { action: 'release' };
    expect(
      (await sendWithEtag(host, tokens.admin, 'POST', `${path}/actions`, release)).status,
    ).toBe(200);
    const after = await host.call('GET', path, as(tokens.owner));
    expect(viewOf(after.body)).toMatchObject({
      released: true,
      manager: { answers: { q2: { text: final } } },
    });
  });

  it('says nothing of the submitted section in the refusals the reviewee meets before release', async () => {
    const { cycleId, path } = await reviewAt(host, 'manager');
    const final = `final-${randomUUID()}`;
    await writeManagerSection(path, final, true);
    const refused = [
      await sendWithEtag(host, tokens.owner, 'PATCH', path, { section: 'self', answers: {} }),
      await sendWithEtag(host, tokens.owner, 'POST', `${path}/actions`, { action: 'acknowledge' }),
      await host.call('GET', `/api/cycles/${cycleId}/report`, as(tokens.owner)),
    ];
    expect(refused.map((r) => r.status)).toEqual([409, 409, 403]);
    expect(JSON.stringify(refused.map((r) => r.body))).not.toContain(final);
  });

  /** The admin's own review, submitted by her manager, in a cycle of her department. */
  async function adminsOwnReview(): Promise<{ cycleId: string; path: string; words: string }> {
    const body = {
      ...(await cycleBody(host, MANAGER_REVIEW_NOW)),
      scope: { kind: 'departments', departments: ['People & Operations'] },
    };
    const created = await host.call('POST', '/api/cycles', { token: tokens.admin, body });
    const cycleId = created.body.id as string;
    await sendWithEtag(host, tokens.admin, 'POST', `/api/cycles/${cycleId}/open`);
    const list = await host.call(
      'GET',
      `/api/reviews?cycleId=${cycleId}&revieweeId=${DEMO_ADMIN_ID}`,
      as(tokens.admin),
    );
    const review = list.body.items[0];
    const path = `/api/reviews/${review.id as string}`;
    const words = `own-${randomUUID()}`;
    const reviewer = await host.signIn(review.reviewerId as string);
    const submitted = await sendWithEtag(
      host,
      reviewer,
      'PATCH',
      path,
      managerSection(words, true),
    );
    expect(submitted.status).toBe(200);
    return { cycleId, path, words };
  }

  it('hides an admin’s own manager section from her until release, though she sees the others', async () => {
    const { cycleId, path, words } = await adminsOwnReview();
    await expectHiddenFrom(['admin'], readPaths(path, cycleId, DEMO_ADMIN_ID), words);
    const own = await host.call('GET', path, as(tokens.admin));
    expect(viewOf(own.body)).toMatchObject({ viewerRole: 'reviewee', manager: null });
  });

  // With her review the only one submitted, counting it would show the admin her own rating.
  it('keeps an admin’s own rating out of the cycle report until release', async () => {
    const { cycleId } = await adminsOwnReview();
    const report = await host.call('GET', `/api/cycles/${cycleId}/report`, as(tokens.admin));
    expect(report.status).toBe(200);
    const counts = (report.body.ratings as { questions: { counts: number[] }[] }[]).flatMap((r) =>
      r.questions.flatMap((q) => q.counts),
    );
    expect(counts.every((n) => n === 0)).toBe(true);
  });
});
