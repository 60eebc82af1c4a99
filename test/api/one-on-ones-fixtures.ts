import {
  DEMO_ADMIN_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_UNRELATED_ID,
  FABRIKAM_PERSON_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import type { TestHost } from './harness.js';

/** The `If-Match` header for `etag`. */
export const ifMatch = (etag: string): Record<string, string> => ({ 'if-match': `"${etag}"` });

/** Tokens of everyone the 1:1 tests sign in as. */
export interface OneOnOneCallers {
  manager: string;
  report: string;
  admin: string;
  unrelated: string;
  otherTenant: string;
}

/** Signs in the manager, her report, the HR admin, an unrelated peer and a Fabrikam person. */
export async function signInOneOnOneCallers(host: TestHost): Promise<OneOnOneCallers> {
  const [manager, report, admin, unrelated, otherTenant] = await Promise.all(
    [DEMO_MANAGER_ID, DEMO_EMPLOYEE_ID, DEMO_ADMIN_ID, DEMO_UNRELATED_ID, FABRIKAM_PERSON_ID].map(
      (id) => host.signIn(id),
    ),
  );
  return { manager, report, admin, unrelated, otherTenant } as OneOnOneCallers;
}

/** The manager's series with her report: created once per host, found on later calls. */
export async function seriesOf(host: TestHost, manager: string): Promise<string> {
  const created = await host.call('POST', '/api/one-on-ones', {
    token: manager,
    body: { reportId: DEMO_EMPLOYEE_ID },
  });
  if (created.status === 201) return created.body.id as string;
  const listed = await host.call('GET', '/api/one-on-ones', { token: manager });
  const found = (listed.body.items as { id: string; reportId: string }[]).find(
    (s) => s.reportId === DEMO_EMPLOYEE_ID,
  );
  if (!found) throw new Error(`no series: ${created.status} ${JSON.stringify(created.body)}`);
  return found.id;
}

/** Schedules a 1:1 in the series; fails loudly unless the API answers 201. */
export async function scheduleOneOnOne(
  host: TestHost,
  token: string,
  seriesId: string,
  scheduledFor: string,
): Promise<{ id: string; etag: string; body: any }> {
  const res = await host.call('POST', `/api/one-on-ones/${seriesId}/meetings`, {
    token,
    body: { scheduledFor },
  });
  if (res.status !== 201) throw new Error(`scheduling failed: ${res.status}`);
  return { id: res.body.id, etag: res.body.etag, body: res.body };
}
