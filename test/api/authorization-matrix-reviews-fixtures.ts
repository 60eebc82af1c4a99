import { DEMO_ADMIN_ID, DEMO_MANAGER_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import type { TestHost } from './harness.js';
import type { ApiResponse } from './problem-assertions.js';
import {
  MANAGER_REVIEW_NOW,
  SELF_REVIEW_NOW,
  cycleBody,
  openCycleWithReview,
} from './reviews-fixtures.js';

/** How far the employee's review has come. */
export type ReviewStage = 'self' | 'manager' | 'submitted' | 'released';

/** The ETag of a review or cycle at `path`, as the admin reads it. */
async function etagOf(host: TestHost, path: string): Promise<string> {
  const res = await host.call('GET', path, { token: await host.signIn(DEMO_ADMIN_ID) });
  const etag = res.headers.get('etag');
  if (res.status !== 200 || etag === null) throw new Error(`GET ${path}: ${res.status}`);
  return etag;
}

/** Sends `body` to `path` (a review or cycle, or an action on one) with its current ETag. */
export async function sendWithEtag(
  host: TestHost,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiResponse> {
  const resource = path.replace(/\/(actions|open|state)$/, '');
  const headers = { 'if-match': await etagOf(host, resource) };
  return host.call(method, path, { ...(token === undefined ? {} : { token }), body, headers });
}

/** The manager section the reviewer writes; `words` marks it so a leak can be searched for. */
export function managerSection(words: string, submit: boolean): Record<string, unknown> {
  return {
    section: 'manager',
    answers: { q1: { rating: 2, text: words }, q2: { text: words } },
    submit,
  };
}

async function expectOk(res: Promise<ApiResponse>, what: string): Promise<void> {
  const { status, body } = await res;
  if (status !== 200) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
}

/**
 * A fresh cycle with the employee's review at `stage`: in the self-review or manager-review
 * phase, with the manager section submitted (`words` in it), or released by the admin.
 */
export async function reviewAt(
  host: TestHost,
  stage: ReviewStage,
  words = 'Steady delivery this half.',
): Promise<{ cycleId: string; reviewId: string; path: string }> {
  const phases = stage === 'self' ? SELF_REVIEW_NOW : MANAGER_REVIEW_NOW;
  const { cycleId, reviewId } = await openCycleWithReview(host, phases);
  const path = `/api/reviews/${reviewId}`;
  if (stage === 'submitted' || stage === 'released') {
    const manager = await host.signIn(DEMO_MANAGER_ID);
    const submit = sendWithEtag(host, manager, 'PATCH', path, managerSection(words, true));
    await expectOk(submit, 'submit the manager review');
  }
  if (stage === 'released') {
    const admin = await host.signIn(DEMO_ADMIN_ID);
    const release = sendWithEtag(host, admin, 'POST', `${path}/actions`, { action: 'release' });
    await expectOk(release, 'release');
  }
  return { cycleId, reviewId, path };
}

/** A new draft cycle of the demo tenant, created by the admin; `open` opens it too. */
export async function cycleIn(host: TestHost, state: 'draft' | 'open'): Promise<string> {
  const admin = await host.signIn(DEMO_ADMIN_ID);
  const body = await cycleBody(host, SELF_REVIEW_NOW);
  const created = await host.call('POST', '/api/cycles', { token: admin, body });
  if (created.status !== 201) throw new Error(`create cycle: ${created.status}`);
  const path = `/api/cycles/${created.body.id as string}`;
  if (state === 'open') await expectOk(sendWithEtag(host, admin, 'POST', `${path}/open`), 'open');
  return path;
}
