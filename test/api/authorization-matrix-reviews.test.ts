import { FABRIKAM_CEO_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import {
  expectCell,
  onlyFor,
  sameTenant,
  signedIn,
  type Expected,
  cellsOf,
} from './authorization-matrix-cells.js';
import {
  cycleIn,
  managerSection,
  reviewAt,
  sendWithEtag,
  type ReviewStage,
} from './authorization-matrix-reviews-fixtures.js';
import { as, signInAll, type CallerName } from './callers.js';
import { startTestHost, type TestHost } from './harness.js';
import type { ApiResponse } from './problem-assertions.js';
import { SELF_REVIEW_NOW, cycleBody } from './reviews-fixtures.js';

/** Cycles and reviews the rows act on, made once: only one kind of caller may change each. */
interface Fixtures {
  draftCycle: string;
  openCycle: string;
  cycleToClose: string;
  review: Record<ReviewStage, { cycleId: string; path: string }>;
}

async function makeFixtures(host: TestHost): Promise<Fixtures> {
  const at = (stage: ReviewStage) => reviewAt(host, stage);
  const [self, manager, submitted, released] = await Promise.all(
    (['self', 'manager', 'submitted', 'released'] as const).map(at),
  );
  return {
    draftCycle: await cycleIn(host, 'draft'),
    openCycle: await cycleIn(host, 'open'),
    cycleToClose: await cycleIn(host, 'open'),
    review: { self: self!, manager: manager!, submitted: submitted!, released: released! },
  };
}

interface Cell {
  host: TestHost;
  token: string | undefined;
  fx: Fixtures;
}

interface Row {
  route: string;
  expected: Expected;
  send: (cell: Cell) => Promise<ApiResponse>;
}

/** Admins only: everyone else in the tenant is refused (403), another tenant sees nothing (404). */
const adminOnly = (status: number): Expected => ({ ...sameTenant(403), admin: status });

/** The employee's review: who may see it gets through to the phase rules, anyone else a 404. */
const REVIEW_VIEWERS: readonly CallerName[] = ['owner', 'manager', 'skipLevel', 'ceo', 'admin'];
const onReview = (status: number, refused: readonly CallerName[] = []): Expected => ({
  ...onlyFor(REVIEW_VIEWERS, status),
  ...Object.fromEntries(refused.map((c) => [c, 403])),
});

/** A cell acting on the review at `stage`, with its current ETag. */
function onReviewAt(stage: ReviewStage, method: string, suffix: string, body?: unknown) {
  return (c: Cell) =>
    sendWithEtag(c.host, c.token, method, `${c.fx.review[stage].path}${suffix}`, body);
}

/** A cell acting on one of the fixture cycles, with its current ETag. */
function onCycle(
  cycle: 'draftCycle' | 'cycleToClose',
  method: string,
  suffix: string,
  body?: unknown,
) {
  return (c: Cell) => sendWithEtag(c.host, c.token, method, `${c.fx[cycle]}${suffix}`, body);
}

const SELF_SAVE = { section: 'self', answers: { q2: { text: 'Shipped the cache.' } } };

const ROWS: Row[] = [
  {
    route: 'GET /api/cycles',
    expected: signedIn(200),
    send: (c) => c.host.call('GET', '/api/cycles', as(c.token)),
  },
  {
    route: 'POST /api/cycles',
    expected: { ...signedIn(403), admin: 201 },
    send: async (c) =>
      c.host.call('POST', '/api/cycles', {
        ...as(c.token),
        body: await cycleBody(c.host, SELF_REVIEW_NOW),
      }),
  },
  {
    route: 'GET /api/cycles/{id}',
    expected: sameTenant(200),
    send: (c) => c.host.call('GET', c.fx.openCycle, as(c.token)),
  },
  {
    route: 'GET /api/cycles/{id}/report',
    expected: adminOnly(200),
    send: (c) => c.host.call('GET', `${c.fx.openCycle}/report`, as(c.token)),
  },
  {
    route: 'PATCH /api/cycles/{id}',
    expected: adminOnly(200),
    send: onCycle('draftCycle', 'PATCH', '', { name: 'Renamed in the matrix' }),
  },
  {
    route: 'POST /api/cycles/{id}/open',
    expected: adminOnly(200),
    send: onCycle('draftCycle', 'POST', '/open'),
  },
  {
    route: 'POST /api/cycles/{id}/state (close)',
    expected: adminOnly(200),
    send: onCycle('cycleToClose', 'POST', '/state', { state: 'closed' }),
  },
  {
    route: 'GET /api/reviews?cycleId=',
    expected: signedIn(200),
    send: (c) =>
      c.host.call('GET', `/api/reviews?cycleId=${c.fx.review.self.cycleId}`, as(c.token)),
  },
  {
    route: 'GET /api/reviews/{id}',
    expected: onReview(200),
    send: (c) => c.host.call('GET', c.fx.review.self.path, as(c.token)),
  },
  {
    route: 'PATCH /api/reviews/{id} (self section)',
    expected: onReview(200, ['manager', 'skipLevel', 'ceo', 'admin']),
    send: onReviewAt('self', 'PATCH', '', SELF_SAVE),
  },
  {
    route: 'PATCH /api/reviews/{id} (manager section)',
    expected: onReview(200, ['owner', 'skipLevel', 'ceo', 'admin']),
    send: onReviewAt('manager', 'PATCH', '', managerSection('Solid.', false)),
  },
  {
    route: 'POST /api/reviews/{id}/actions release',
    expected: onReview(200, ['owner', 'manager', 'skipLevel', 'ceo']),
    send: onReviewAt('submitted', 'POST', '/actions', { action: 'release' }),
  },
  {
    route: 'POST /api/reviews/{id}/actions acknowledge',
    expected: onReview(200, ['manager', 'skipLevel', 'ceo', 'admin']),
    send: onReviewAt('released', 'POST', '/actions', { action: 'acknowledge' }),
  },
  {
    route: 'POST /api/reviews/{id}/actions reopen_self',
    expected: onReview(200, ['owner', 'skipLevel', 'ceo']),
    // Both the reviewer and an admin may reopen, so every cell gets a review of its own.
    send: async (c) => {
      const { path } = await reviewAt(c.host, 'manager');
      return sendWithEtag(c.host, c.token, 'POST', `${path}/actions`, { action: 'reopen_self' });
    },
  },
];

const CELLS = cellsOf(ROWS);

describe('authorization matrix: review cycles and reviews x every kind of caller', () => {
  let host: TestHost;
  let tokens: Record<CallerName, string | undefined>;
  let otherAdmin: string;
  let fx: Fixtures;
  beforeAll(async () => {
    host = await startTestHost();
    tokens = await signInAll(host);
    otherAdmin = await host.signIn(FABRIKAM_CEO_ID);
    fx = await makeFixtures(host);
  });
  afterAll(() => host.close());

  it.each(CELLS)('$route as $caller -> $status', async ({ caller, status, row }) => {
    expectCell(await row.send({ host, token: tokens[caller], fx }), status);
  });

  // Another organisation's admin may manage cycles, but none of this one's exist for them.
  it.each(ROWS.filter((r) => r.expected.otherTenant === 404))(
    '$route as another tenant’s admin -> 404',
    async (row) => {
      expectCell(await row.send({ host, token: otherAdmin, fx }), 404);
    },
  );
});
