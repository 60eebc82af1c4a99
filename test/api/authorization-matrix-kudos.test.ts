import { DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import {
  expectCell,
  sameTenant,
  signedIn,
  type Expected,
  cellsOf,
} from './authorization-matrix-cells.js';
import { as, signInAll, type CallerName } from './callers.js';
import { startTestHost, type TestHost } from './harness.js';
import { PRIVATE_EMPLOYEE_GOAL_ID, kudosBody, postKudos } from './kudos-fixtures.js';
import { expectFieldProblem, type ApiResponse } from './problem-assertions.js';

interface Cell {
  host: TestHost;
  token: string | undefined;
  caller: CallerName;
}

interface Row {
  route: string;
  expected: Expected;
  /** The field a 400 names, per caller. */
  field: (caller: CallerName) => string;
  send: (cell: Cell) => Promise<ApiResponse>;
}

/** The employee may not praise himself; another tenant's caller names someone unknown. */
const receiverField = (caller: CallerName) =>
  caller === 'owner' || caller === 'otherTenant' ? 'body.receiverId' : 'body.goalId';

const ROWS: Row[] = [
  {
    // Kudos are public praise: everyone in the tenant reads them; no one outside it.
    route: 'GET /api/people/{employee}/kudos',
    expected: sameTenant(200),
    field: () => 'none',
    send: (c) => c.host.call('GET', `/api/people/${DEMO_EMPLOYEE_ID}/kudos`, as(c.token)),
  },
  {
    route: 'GET /api/settings/values (each caller’s own organisation)',
    expected: signedIn(200),
    field: () => 'none',
    send: (c) => c.host.call('GET', '/api/settings/values', as(c.token)),
  },
  {
    route: 'POST /api/kudos to the employee',
    expected: { ...signedIn(201), owner: 400, otherTenant: 400 },
    field: receiverField,
    send: (c) => postKudos(c.host, c.token, kudosBody(DEMO_EMPLOYEE_ID, `From ${c.caller}`)),
  },
  {
    // Only those who may see the employee's private goal may tie kudos to it.
    route: 'POST /api/kudos to the employee for his private goal',
    expected: { ...signedIn(201), owner: 400, unrelated: 400, otherTenant: 400 },
    field: receiverField,
    send: (c) =>
      postKudos(c.host, c.token, {
        ...kudosBody(DEMO_EMPLOYEE_ID, `Goal kudos from ${c.caller}`),
        goalId: PRIVATE_EMPLOYEE_GOAL_ID,
      }),
  },
];

const CELLS = cellsOf(ROWS);

describe('authorization matrix: kudos x every kind of caller', () => {
  let host: TestHost;
  let tokens: Record<CallerName, string | undefined>;
  beforeAll(async () => {
    host = await startTestHost();
    tokens = await signInAll(host);
  });
  afterAll(() => host.close());

  it.each(CELLS)('$route as $caller -> $status', async ({ caller, status, row }) => {
    const res = await row.send({ host, token: tokens[caller], caller });
    expectCell(res, status);
    if (status === 400) expectFieldProblem(res, row.field(caller));
  });

  it('gives another tenant’s caller their own company values, never Contoso’s', async () => {
    const res = await host.call('GET', '/api/settings/values', as(tokens.otherTenant));
    expect(res.body.values).toEqual(['Safety first', 'Deliver on time', 'Keep it simple']);
  });

  it.each<[CallerName, boolean]>([
    ['owner', true],
    ['manager', true],
    ['admin', true],
    ['unrelated', false],
  ])('shows the private goal of kudos to %s: %s', async (viewer, seesGoal) => {
    const body = { ...kudosBody(DEMO_EMPLOYEE_ID), goalId: PRIVATE_EMPLOYEE_GOAL_ID };
    const given = await postKudos(host, tokens.manager, body);
    const res = await host.call('GET', `/api/people/${DEMO_EMPLOYEE_ID}/kudos`, as(tokens[viewer]));
    const seen = (res.body.items as { id: string; goal?: unknown }[]).find(
      (k) => k.id === given.body.id,
    );
    expect(seen).toBeDefined();
    expect(seen?.goal !== undefined).toBe(seesGoal);
  });
});
