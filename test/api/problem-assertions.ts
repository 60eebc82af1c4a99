/** What `TestHost.call` answers. */
export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any;
}

/** Asserts an RFC 9457 problem with `status`; returns its body for further checks. */
export function expectProblem(res: ApiResponse, status: number): any {
  expect({ status: res.status, type: res.headers.get('content-type') }).toEqual({
    status,
    type: 'application/problem+json',
  });
  expect(res.body).toMatchObject({ status, title: expect.any(String), code: expect.any(String) });
  return res.body;
}

/**
 * Asserts a 400 problem whose `errors` all lie under `part` (`body`, `query`) and one of which
 * names `field` itself or a field inside it (`body.metric` is named by `body.metric.unit`).
 */
export function expectFieldProblem(res: ApiResponse, field: string): void {
  const problem = expectProblem(res, 400);
  expect(problem.code).toBe('validation');
  const fields = ((problem.errors ?? []) as { field: string }[]).map((e) => e.field);
  expect(fields.length).toBeGreaterThan(0);
  const part = field.split('.')[0] ?? field;
  expect(fields.filter((f) => f !== part && !f.startsWith(`${part}.`))).toEqual([]);
  const named = new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.|$)`);
  expect(fields).toEqual(expect.arrayContaining([expect.stringMatching(named)]));
}
