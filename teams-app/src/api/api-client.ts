import type { Problem } from '@northstar/shared';

/** An API failure with the problem+json the server sent, so screens can show its words. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `The server answered ${String(status)}`);
    this.name = 'ApiError';
  }
}

/** Calls the Northstar API with the caller's token; JSON in, JSON out. */
export async function callApi<T>(
  path: string,
  token: string | null,
  init: RequestInit = {},
): Promise<T> {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  const response = await fetch(`/api${path}`, { ...init, headers });
  const text = await response.text();
  const body: unknown = text === '' ? undefined : JSON.parse(text);
  if (!response.ok) throw new ApiError(response.status, body as Problem | undefined);
  return body as T;
}
