import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { SEED_EMPLOYEE_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import { CALLER_IDS, MAY_SEE_PRIVATE, as, signInAll, type CallerName } from './callers.js';
import {
  everyone,
  expectCell,
  onlyFor,
  sameTenant,
  signedIn,
  type Expected,
  cellsOf,
} from './authorization-matrix-cells.js';
import { createGoal, goalBody } from './goal-fixtures.js';
import { startTestHost, type TestHost } from './harness.js';
import type { ApiResponse } from './problem-assertions.js';

/** What one cell sends: the caller's token (none for `noToken`) and the goal owner's. */
interface Cell {
  host: TestHost;
  token: string | undefined;
  ownerToken: string;
  caller: CallerName;
}

interface Row {
  route: string;
  expected: Expected;
  send: (cell: Cell) => Promise<ApiResponse>;
}

/** The employee's private goal: its viewers get `status`, everyone else a 404 that leaks nothing. */
const privateGoal = (status: number): Expected => onlyFor(MAY_SEE_PRIVATE, status);

/** Mutating rows act on a fresh private goal of the employee, so every cell stands alone. */
async function onFreshGoal(cell: Cell, act: (id: string, ifMatch: string) => Promise<ApiResponse>) {
  const goal = await createGoal(cell.host, cell.ownerToken);
  return act(goal.id, `"${goal.etag}"`);
}

const ROWS: Row[] = [
  {
    route: 'GET /api/health',
    expected: everyone(200),
    send: (c) => c.host.call('GET', '/api/health', as(c.token)),
  },
  {
    route: 'GET /api/dev/people',
    expected: everyone(200),
    send: (c) => c.host.call('GET', '/api/dev/people', as(c.token)),
  },
  {
    route: 'POST /api/dev/sign-in',
    expected: everyone(200),
    send: (c) =>
      c.host.call('POST', '/api/dev/sign-in', {
        body: { personId: c.caller === 'noToken' ? DEMO_EMPLOYEE_ID : CALLER_IDS[c.caller] },
      }),
  },
  {
    route: 'GET /api/openapi.json',
    expected: everyone(200),
    send: (c) => c.host.call('GET', '/api/openapi.json', as(c.token)),
  },
  {
    route: 'GET /api/me',
    expected: signedIn(200),
    send: (c) => c.host.call('GET', '/api/me', as(c.token)),
  },
  {
    route: 'GET /api/people?search=',
    expected: signedIn(200),
    send: (c) => c.host.call('GET', '/api/people?search=a', as(c.token)),
  },
  {
    route: 'GET /api/people/{employee}',
    expected: sameTenant(200),
    send: (c) => c.host.call('GET', `/api/people/${DEMO_EMPLOYEE_ID}`, as(c.token)),
  },
  {
    route: 'GET /api/people/{manager}/reports',
    expected: sameTenant(200),
    send: (c) => c.host.call('GET', `/api/people/${DEMO_MANAGER_ID}/reports`, as(c.token)),
  },
  {
    route: 'GET /api/goals',
    expected: signedIn(200),
    send: (c) => c.host.call('GET', '/api/goals', as(c.token)),
  },
  {
    route: 'GET /api/alignment',
    expected: signedIn(200),
    send: (c) => c.host.call('GET', '/api/alignment', as(c.token)),
  },
  {
    route: 'POST /api/goals/smart-check',
    expected: signedIn(200),
    send: (c) =>
      c.host.call('POST', '/api/goals/smart-check', { ...as(c.token), body: goalBody() }),
  },
  {
    route: 'POST /api/goals (own goal)',
    expected: signedIn(201),
    send: (c) => c.host.call('POST', '/api/goals', { ...as(c.token), body: goalBody() }),
  },
  {
    // Another tenant's caller names a person unknown to it: the same 400 as for any unknown id.
    route: 'POST /api/goals (for the employee)',
    expected: { ...privateGoal(201), unrelated: 403, otherTenant: 400 },
    send: (c) =>
      c.host.call('POST', '/api/goals', {
        ...as(c.token),
        body: goalBody({ ownerId: DEMO_EMPLOYEE_ID }),
      }),
  },
  {
    route: 'GET /api/goals/{private}',
    expected: privateGoal(200),
    send: (c) => c.host.call('GET', `/api/goals/${SEED_EMPLOYEE_GOAL_ID}`, as(c.token)),
  },
  {
    route: 'GET /api/goals/{private}/checkins',
    expected: privateGoal(200),
    send: (c) => c.host.call('GET', `/api/goals/${SEED_EMPLOYEE_GOAL_ID}/checkins`, as(c.token)),
  },
  {
    route: 'PATCH /api/goals/{private}',
    expected: privateGoal(200),
    send: (c) =>
      onFreshGoal(c, (id, ifMatch) =>
        c.host.call('PATCH', `/api/goals/${id}`, {
          ...as(c.token),
          body: { title: `Renamed by ${c.caller}` },
          headers: { 'if-match': ifMatch },
        }),
      ),
  },
  {
    route: 'DELETE /api/goals/{private}',
    expected: privateGoal(200),
    send: (c) =>
      onFreshGoal(c, (id, ifMatch) =>
        c.host.call('DELETE', `/api/goals/${id}`, {
          ...as(c.token),
          headers: { 'if-match': ifMatch },
        }),
      ),
  },
  {
    route: 'POST /api/goals/{private}/checkins',
    expected: privateGoal(201),
    send: (c) =>
      onFreshGoal(c, (id) =>
        c.host.call('POST', `/api/goals/${id}/checkins`, {
          ...as(c.token),
          body: { value: 600, confidence: 6 },
        }),
      ),
  },
];

const CELLS = cellsOf(ROWS);

describe('authorization matrix: every route x every kind of caller', () => {
  let host: TestHost;
  let tokens: Record<CallerName, string | undefined>;
  beforeAll(async () => {
    host = await startTestHost();
    tokens = await signInAll(host);
  });
  afterAll(() => host.close());

  it('tests against a private individual goal of the employee', async () => {
    const res = await host.call('GET', `/api/goals/${SEED_EMPLOYEE_GOAL_ID}`, {
      token: tokens.owner,
    });
    expect(res.body).toMatchObject({
      level: 'individual',
      visibility: 'private',
      ownerId: DEMO_EMPLOYEE_ID,
    });
  });

  it.each(CELLS)('$route as $caller -> $status', async ({ caller, status, row }) => {
    const res = await row.send({ host, token: tokens[caller], ownerToken: tokens.owner!, caller });
    expectCell(res, status);
    if (status === 404) {
      expect(JSON.stringify(res.body)).not.toMatch(/Automate regional failover|Cut checkout p95/);
    }
  });
});
