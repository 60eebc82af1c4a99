import { SEED_EMPLOYEE_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import { cellsOf, expectCell, onlyFor, type Expected } from './authorization-matrix-cells.js';
import { MAY_SEE_PRIVATE, as, signInAll, type CallerName } from './callers.js';
import { createGoal } from './goal-fixtures.js';
import { startTestHost, type TestHost } from './harness.js';
import type { ApiResponse } from './problem-assertions.js';

interface Cell {
  host: TestHost;
  token: string | undefined;
  ownerToken: string;
}

interface Row {
  route: string;
  expected: Expected;
  send: (cell: Cell) => Promise<ApiResponse>;
}

/** The employee's private goal: its viewers get `status`, everyone else a 404 that leaks nothing. */
const privateGoal = (status: number): Expected => onlyFor(MAY_SEE_PRIVATE, status);

const ROWS: Row[] = [
  {
    route: 'GET /api/goals/{private}/card',
    expected: privateGoal(200),
    send: (c) => c.host.call('GET', `/api/goals/${SEED_EMPLOYEE_GOAL_ID}/card`, as(c.token)),
  },
  {
    // The key is the caller's own: it opens nothing the check-in rules close.
    route: 'POST /api/goals/{fresh private}/checkins with an Idempotency-Key',
    expected: privateGoal(201),
    send: async (c) => {
      const goal = await createGoal(c.host, c.ownerToken);
      return c.host.call('POST', `/api/goals/${goal.id}/checkins`, {
        ...as(c.token),
        body: { value: 600, confidence: 6 },
        headers: { 'idempotency-key': 'matrix-key' },
      });
    },
  },
];

describe('authorization matrix: goal cards and keyed check-ins x every kind of caller', () => {
  let host: TestHost;
  let tokens: Record<CallerName, string | undefined>;
  beforeAll(async () => {
    host = await startTestHost();
    tokens = await signInAll(host);
  });
  afterAll(() => host.close());

  it.each(cellsOf(ROWS))('$route as $caller -> $status', async ({ caller, status, row }) => {
    const res = await row.send({ host, token: tokens[caller], ownerToken: tokens.owner! });
    expectCell(res, status);
    if (status === 404) {
      expect(JSON.stringify(res.body)).not.toMatch(/Automate regional failover|Cut checkout p95/);
    }
  });
});
