import {
  DEMO_ADMIN_ID,
  DEMO_CEO_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_SKIP_LEVEL_ID,
  DEMO_UNRELATED_ID,
  FABRIKAM_PERSON_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import type { TestHost } from './harness.js';

/** Who calls, as seen from the employee who owns the goals under test. */
export type CallerName =
  'owner' | 'manager' | 'skipLevel' | 'ceo' | 'unrelated' | 'admin' | 'otherTenant' | 'noToken';

/** The demo person behind each caller with a token. */
export const CALLER_IDS: Readonly<Record<Exclude<CallerName, 'noToken'>, string>> = {
  owner: DEMO_EMPLOYEE_ID,
  manager: DEMO_MANAGER_ID,
  skipLevel: DEMO_SKIP_LEVEL_ID,
  ceo: DEMO_CEO_ID,
  unrelated: DEMO_UNRELATED_ID,
  admin: DEMO_ADMIN_ID,
  otherTenant: FABRIKAM_PERSON_ID,
};

/** Every caller, in the order the tables list them. */
export const CALLER_NAMES: readonly CallerName[] = [
  ...(Object.keys(CALLER_IDS) as CallerName[]),
  'noToken',
];

/** The callers who may see the employee's private goals. */
export const MAY_SEE_PRIVATE: readonly CallerName[] = [
  'owner',
  'manager',
  'skipLevel',
  'ceo',
  'admin',
];

/** Signs every caller in; `noToken` gets `undefined`. */
export async function signInAll(host: TestHost): Promise<Record<CallerName, string | undefined>> {
  const entries = await Promise.all(
    Object.entries(CALLER_IDS).map(async ([name, id]) => [name, await host.signIn(id)] as const),
  );
  return {
    ...(Object.fromEntries(entries) as Record<Exclude<CallerName, 'noToken'>, string>),
    noToken: undefined,
  };
}

/** `call` options carrying the token, if there is one. */
export function as(token: string | undefined): { token?: string } {
  return token === undefined ? {} : { token };
}
