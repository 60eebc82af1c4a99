import { translateGraphFailure } from './graph-errors.js';
import { retryDelayMs, type RetryPolicy } from './graph-retry.js';

/** Graph takes at most 20 requests per `$batch`. */
export const MAX_BATCH_SIZE = 20;

/** One request inside a `$batch`; `url` is relative to the version root (`/users/{id}`). */
export interface BatchRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The outcome of one batched request, in the order the requests were given. */
export type BatchResult =
  { ok: true; status: number; body: unknown } | { ok: false; status: number; error: Error };

/** The `$batch` request body. */
export interface BatchEnvelope {
  requests: { id: string; method: string; url: string; body?: unknown; headers?: object }[];
}

interface BatchAnswer {
  id?: string;
  status?: number;
  headers?: Record<string, string> | null;
  body?: unknown;
}

/** The `$batch` response body. */
export interface BatchReply {
  responses?: BatchAnswer[] | null;
}

/** Inner header names come in any case (`Retry-After`, `retry-after`). */
function header(headers: Record<string, string> | null | undefined, name: string): string | null {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name);
  return key === undefined ? null : (headers?.[key] ?? null);
}

function errorCode(body: unknown): string | null {
  const error = (body as { error?: { code?: unknown } } | null)?.error;
  return typeof error?.code === 'string' ? error.code : null;
}

/** Wire ids count from 1, as in Graph's examples; `index` is the request's place in the input. */
const wireId = (index: number): string => String(index + 1);

function toWire(index: number, request: BatchRequest): BatchEnvelope['requests'][number] {
  const { method, url, body } = request;
  const id = wireId(index);
  if (body === undefined) return { id, method, url, headers: request.headers };
  const headers = { 'Content-Type': 'application/json', ...request.headers };
  return { id, method, url, body, headers };
}

function toResult(answer: BatchAnswer | undefined): BatchResult {
  const status = answer?.status ?? 0;
  if (status >= 200 && status < 300) return { ok: true, status, body: answer?.body };
  const retryAfter = header(answer?.headers, 'retry-after');
  const error = translateGraphFailure({ status, retryAfter, code: errorCode(answer?.body) });
  return { ok: false, status, error };
}

async function sendChunk(
  post: (envelope: BatchEnvelope) => Promise<BatchReply>,
  policy: RetryPolicy,
  requests: readonly BatchRequest[],
  ids: number[],
  results: Map<number, BatchResult>,
): Promise<void> {
  let pending = ids;
  for (let attempt = 1; pending.length > 0; attempt += 1) {
    const wire = pending.map((id) => toWire(id, requests[id] as BatchRequest));
    const reply = await post({ requests: wire });
    const answers = new Map((reply.responses ?? []).map((a) => [a.id, a]));
    const again: number[] = [];
    let wait = 0;
    for (const id of pending) {
      const answer = answers.get(wireId(id));
      const retryAfter = header(answer?.headers, 'retry-after');
      const delay = retryDelayMs(policy, attempt, answer?.status ?? 0, retryAfter);
      if (delay === null) results.set(id, toResult(answer));
      else {
        again.push(id);
        wait = Math.max(wait, delay);
      }
    }
    pending = again;
    if (again.length > 0) await policy.sleep(wait);
  }
}

/**
 * Sends `requests` as `$batch` calls of at most 20, one after another (Outlook allows only 4
 * concurrent requests per mailbox). Each item has its own status: a throttled (429) or
 * unavailable (503/504) item is sent again, alone with the others like it, after the longest
 * `Retry-After` among them (or a backoff), up to `policy.maxAttempts` tries; every other item
 * keeps its first answer. Failures are translated by the one Graph error table.
 */
export async function sendBatch(
  post: (envelope: BatchEnvelope) => Promise<BatchReply>,
  policy: RetryPolicy,
  requests: readonly BatchRequest[],
): Promise<BatchResult[]> {
  const results = new Map<number, BatchResult>();
  for (let start = 0; start < requests.length; start += MAX_BATCH_SIZE) {
    const end = Math.min(requests.length, start + MAX_BATCH_SIZE);
    const ids = Array.from({ length: end - start }, (_, i) => start + i);
    await sendChunk(post, policy, requests, ids, results);
  }
  return requests.map((_, id) => results.get(id) ?? toResult(undefined));
}
