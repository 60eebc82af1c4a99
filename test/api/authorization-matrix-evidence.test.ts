import { randomUUID } from 'node:crypto';
import {
  SEED_EMPLOYEE_GOAL_ID,
  SEED_TEAM_GOAL_ID,
} from '../../functions/src/adapters/demo/demo-seed.js';
import { DEMO_ADMIN_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { cellsOf, expectCell, onlyFor, type Expected } from './authorization-matrix-cells.js';
import { evidenceFor, getEvidence, saveViaBot } from './bot-message-actions.js';
import { CALLER_IDS, MAY_SEE_PRIVATE, as, signInAll, type CallerName } from './callers.js';
import { startTestHost, type TestHost } from './harness.js';
import type { ApiResponse } from './problem-assertions.js';

interface Cell {
  host: TestHost;
  token: string | undefined;
  adminToken: string;
  caller: CallerName;
}

interface Row {
  route: string;
  expected: Expected;
  send: (cell: Cell) => Promise<ApiResponse>;
}

/**
 * The manager's team goal: everyone in Contoso sees it, but its evidence is for her, her chain
 * (skip-level, CEO) and admins; the employee and the unrelated colleague get a 403.
 */
const teamGoal = (status: number): Expected => ({
  ...onlyFor(['manager', 'skipLevel', 'ceo', 'admin'], status),
  owner: 403,
  unrelated: 403,
});

/** Deleting acts on fresh evidence the admin saved on `goalId`, so every cell stands alone. */
async function removeFresh(cell: Cell, goalId: string): Promise<ApiResponse> {
  const messageId = `m-${randomUUID()}`;
  await saveViaBot(cell.host, DEMO_ADMIN_ID, goalId, messageId);
  const { id } = await evidenceFor(cell.host, cell.adminToken, goalId, messageId);
  return cell.host.call('DELETE', `/api/goals/${goalId}/evidence/${id}`, as(cell.token));
}

const ROWS: Row[] = [
  {
    route: 'GET /api/goals/{employee private}/evidence',
    expected: onlyFor(MAY_SEE_PRIVATE, 200),
    send: (c) => getEvidence(c.host, c.token, SEED_EMPLOYEE_GOAL_ID),
  },
  {
    route: 'GET /api/goals/{manager team}/evidence',
    expected: teamGoal(200),
    send: (c) => getEvidence(c.host, c.token, SEED_TEAM_GOAL_ID),
  },
  {
    route: 'DELETE /api/goals/{employee private}/evidence/{id}',
    expected: onlyFor(MAY_SEE_PRIVATE, 204),
    send: (c) => removeFresh(c, SEED_EMPLOYEE_GOAL_ID),
  },
  {
    route: 'DELETE /api/goals/{manager team}/evidence/{id}',
    expected: teamGoal(204),
    send: (c) => removeFresh(c, SEED_TEAM_GOAL_ID),
  },
];

const CELLS = cellsOf(ROWS);

describe('authorization matrix: evidence x every kind of caller', () => {
  let host: TestHost;
  let tokens: Record<CallerName, string | undefined>;
  beforeAll(async () => {
    host = await startTestHost();
    tokens = await signInAll(host);
  });
  afterAll(() => host.close());

  it.each(CELLS)('$route as $caller -> $status', async ({ caller, status, row }) => {
    const adminToken = tokens.admin ?? '';
    expectCell(await row.send({ host, token: tokens[caller], adminToken, caller }), status);
  });

  it.each<[Exclude<CallerName, 'noToken'>, RegExp]>([
    ['owner', /^Saved as evidence/],
    ['manager', /^Saved as evidence/],
    ['skipLevel', /^Saved as evidence/],
    ['ceo', /^Saved as evidence/],
    ['admin', /^Saved as evidence/],
    ['unrelated', /no goal .* that you can see/],
    ['otherTenant', /no goal .* that you can see/],
  ])('saving on the employee’s private goal from Teams as %s: %s', async (caller, answer) => {
    const res = await saveViaBot(host, CALLER_IDS[caller], SEED_EMPLOYEE_GOAL_ID, `m-${caller}`);
    expect(res.body).toEqual({ task: { type: 'message', value: expect.stringMatching(answer) } });
  });
});
