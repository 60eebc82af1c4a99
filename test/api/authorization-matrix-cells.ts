import { CALLER_NAMES, type CallerName } from './callers.js';
import type { TestHost } from './harness.js';
import { expectProblem, type ApiResponse } from './problem-assertions.js';

/** The status each kind of caller gets from one route. */
export type Expected = Record<CallerName, number>;

/** Every caller gets `status`. */
export function everyone(status: number): Expected {
  return Object.fromEntries(CALLER_NAMES.map((c) => [c, status])) as Expected;
}

/** Every caller with a token gets `status`; without one, 401. */
export const signedIn = (status: number): Expected => ({ ...everyone(status), noToken: 401 });

/** Everyone in the employee's tenant gets `status`; another tenant's caller a 404. */
export const sameTenant = (status: number): Expected => ({ ...signedIn(status), otherTenant: 404 });

/** `status` for `callers`, 404 for everyone else (their existence stays hidden), 401 without a token. */
export function onlyFor(callers: readonly CallerName[], status: number): Expected {
  return {
    ...everyone(404),
    ...Object.fromEntries(callers.map((c) => [c, status])),
    noToken: 401,
  };
}

/**
 * Asserts one matrix cell: the status, a `Bearer` challenge on a 401, a `not_found` problem on a
 * 404, and a problem body on any other refusal.
 */
export function expectCell(res: ApiResponse, status: number): void {
  if (status < 400) {
    expect({ status: res.status, body: res.body }).toMatchObject({ status });
    return;
  }
  const problem = expectProblem(res, status);
  if (status === 401) expect(res.headers.get('www-authenticate')).toBe('Bearer');
  if (status === 404) expect(problem.code).toBe('not_found');
}

/** The response exactly as sent: status, headers and body text, unparsed. */
export async function rawCall(
  host: TestHost,
  method: string,
  path: string,
  options: { token?: string | undefined; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(host.baseUrl + path, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const head = [...res.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
  return { status: res.status, text: `${head}\n\n${await res.text()}` };
}

/** One test case per row and caller: the route, the caller and the status it must get. */
export function cellsOf<R extends { route: string; expected: Expected }>(
  rows: readonly R[],
): { route: string; caller: CallerName; status: number; row: R }[] {
  return rows.flatMap((row) =>
    CALLER_NAMES.map((caller) => ({ route: row.route, caller, status: row.expected[caller], row })),
  );
}
