import type { z } from 'zod';
import { ApiError } from './api-error';

/** How one request is sent: method, JSON body, If-Match, extra headers. */
export interface CallOptions {
  method?: string;
  body?: unknown;
  ifMatch?: string;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/**
 * The HTTP side of the API client: bearer token, JSON, If-Match, problem+json into `ApiError`,
 * and every answer checked with its zod contract.
 */
export class ApiTransport {
  constructor(
    private readonly getToken: () => Promise<string | null>,
    private readonly baseUrl = '/api',
  ) {}

  protected async call<T>(
    path: string,
    schema: z.ZodType<T>,
    options: CallOptions = {},
    auth = true,
  ): Promise<T> {
    const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
    if (auth) {
      const token = await this.getToken();
      if (token) headers.authorization = `Bearer ${token}`;
    }
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
    let response: Response;
    try {
      response = await fetch(this.baseUrl + path, {
        method: options.method ?? 'GET',
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiError(0, undefined);
    }
    const body = await readJson(response);
    if (!response.ok)
      throw new ApiError(response.status, body as Record<string, never> | undefined);
    return schema.parse(body);
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function toQuery(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
