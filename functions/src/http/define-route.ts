import type { z } from 'zod';
import type { ApiRequest } from './api-request.js';
import type { Identity } from './auth/identity.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a handler receives: parsed input and the verified caller. */
export interface RouteInput<P, Q, B> {
  identity: Identity;
  params: P;
  query: Q;
  body: B;
  /** The `If-Match` header without quotes or `W/`, when sent. */
  ifMatch: string | undefined;
  request: ApiRequest;
}

/** What a handler returns; `etag` becomes the `ETag` header. */
export interface RouteResult {
  status?: number;
  body?: unknown;
  etag?: string;
  headers?: Record<string, string>;
}

/** One HTTP route: its shape is data, so the Azure host, the local host and OpenAPI share it. */
export interface Route<P = unknown, Q = unknown, B = unknown> {
  name: string;
  method: HttpMethod;
  /** Path under `/api`, with `{param}` segments: `/goals/{id}`. */
  path: string;
  summary: string;
  /** `false` only for routes that must work without a token (health, dev sign-in). */
  authenticate: boolean;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Response schema of a success, for the OpenAPI document. */
  response?: z.ZodType;
  successStatus?: number;
  handler: (input: RouteInput<P, Q, B>) => Promise<RouteResult>;
}

/** Declares a route with its input types inferred from its schemas. */
export function defineRoute<P = Record<string, never>, Q = Record<string, never>, B = undefined>(
  route: Route<P, Q, B>,
): Route {
  return route as unknown as Route;
}
