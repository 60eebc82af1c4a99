import {
  DEMO_ADMIN_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  FABRIKAM_CEO_ID,
  FABRIKAM_PERSON_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import type { TestHost } from './harness.js';
import { ifMatch } from './one-on-ones-fixtures.js';
import { cycleBody } from './reviews-fixtures.js';

/** Tokens of everyone the cycle tests sign in as; `fabrikamAdmin` is an admin elsewhere. */
export interface CycleCallers {
  admin: string;
  manager: string;
  employee: string;
  otherTenant: string;
  fabrikamAdmin: string;
}

/** Signs in Contoso's HR admin, a manager, her report and two Fabrikam people. */
export async function signInCycleCallers(host: TestHost): Promise<CycleCallers> {
  const ids = [
    DEMO_ADMIN_ID,
    DEMO_MANAGER_ID,
    DEMO_EMPLOYEE_ID,
    FABRIKAM_PERSON_ID,
    FABRIKAM_CEO_ID,
  ];
  const [admin, manager, employee, otherTenant, fabrikamAdmin] = await Promise.all(
    ids.map((id) => host.signIn(id)),
  );
  return { admin, manager, employee, otherTenant, fabrikamAdmin } as CycleCallers;
}

export { ifMatch } from './one-on-ones-fixtures.js';

/** Creates a draft Engineering cycle as the admin; fails loudly unless the API answers 201. */
export async function createDraftCycle(
  host: TestHost,
  admin: string,
  phases: object,
): Promise<{ id: string; etag: string }> {
  const res = await host.call('POST', '/api/cycles', {
    token: admin,
    body: await cycleBody(host, phases),
  });
  if (res.status !== 201) throw new Error(`create cycle: ${res.status}`);
  return { id: res.body.id, etag: res.body.etag };
}

/** Moves a cycle to `state` through `POST /api/cycles/{id}/state`; fails loudly unless 200. */
export async function moveCycle(
  host: TestHost,
  admin: string,
  cycle: { id: string; etag: string },
  state: 'open' | 'closed',
): Promise<{ id: string; etag: string }> {
  const res = await host.call('POST', `/api/cycles/${cycle.id}/state`, {
    token: admin,
    headers: ifMatch(cycle.etag),
    body: { state },
  });
  if (res.status !== 200) throw new Error(`${state} cycle: ${res.status}`);
  return { id: cycle.id, etag: res.body.cycle.etag };
}
