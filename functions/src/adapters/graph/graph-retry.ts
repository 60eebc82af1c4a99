/**
 * When and how long to wait before trying a Graph request again. `sleep` and `random` are
 * injected so tests can record the waits instead of waiting.
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  /** First backoff step; it doubles per attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the caller gets `throttled` at once. */
  maxRetryAfterMs: number;
  sleep(ms: number): Promise<void>;
  /** In `[0, 1)`, for jitter. */
  random(): number;
}

/** Statuses worth another try: throttled, unavailable, gateway timeout (and 0: no answer). */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([0, 429, 503, 504]);

/** Four tries, 0.5 s doubling to at most 8 s, and `Retry-After` honoured up to 30 s. */
export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    maxAttempts: 4,
    baseDelayMs: 500,
    maxDelayMs: 8000,
    maxRetryAfterMs: 30_000,
    sleep: (ms) =>
      new Promise((resolve) => {
        setTimeout(resolve, ms);
      }),
    random: Math.random,
    ...overrides,
  };
}

/**
 * `Retry-After` in milliseconds: Graph sends seconds, sometimes fractional (`2.128`); an HTTP
 * date is read too. `undefined` when absent or unreadable.
 */
export function parseRetryAfterMs(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.round(seconds * 1000) : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half fixed, half random, capped. */
export function backoffMs(policy: RetryPolicy, attempt: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + (step / 2) * policy.random());
}

/**
 * How long to wait after failed try number `attempt` (1-based) answered with `status`
 * (0 when no answer came), or `null` when not to try again.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  attempt: number,
  status: number,
  retryAfter: string | null | undefined,
): number | null {
  if (!RETRYABLE_STATUSES.has(status) || attempt >= policy.maxAttempts) return null;
  const asked = parseRetryAfterMs(retryAfter);
  if (asked === undefined) return backoffMs(policy, attempt);
  return asked > policy.maxRetryAfterMs ? null : asked;
}
