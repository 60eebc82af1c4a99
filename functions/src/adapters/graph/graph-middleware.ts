import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { RETRYABLE_STATUSES, retryDelayMs, type RetryPolicy } from './graph-retry.js';

/**
 * Graph SDK middleware that tries a request again on 429 (after its `Retry-After`), on 503/504
 * and when no answer came (exponential backoff with jitter), at most `policy.maxAttempts` times.
 * It replaces the SDK's `RetryHandler`, whose waits are real timers a test cannot observe. After
 * the last try the last answer stands, so the SDK's `GraphError` carries its status and headers.
 */
export class RetryMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly policy: RetryPolicy) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const next = this.next;
    if (!next) throw new Error('RetryMiddleware needs a next middleware');
    for (let attempt = 1; ; attempt += 1) {
      // Every request here is safe to repeat: reads, and creates that carry a transactionId.
      const failure = await this.tryOnce(next, context);
      const response = context.response;
      const status = failure === null ? (response?.status ?? 0) : 0;
      const delay = RETRYABLE_STATUSES.has(status)
        ? retryDelayMs(this.policy, attempt, status, response?.headers.get('Retry-After'))
        : null;
      if (delay === null) {
        if (failure !== null) throw failure;
        return;
      }
      await response?.body?.cancel(); // frees the connection of an answer we will not read
      await this.policy.sleep(delay);
    }
  }

  /** One try; the error when no answer came (fetch rejects), else `null`. */
  private async tryOnce(next: Middleware, context: Context): Promise<Error | null> {
    context.response = undefined;
    try {
      await next.execute(context);
      return null;
    } catch (error) {
      return error instanceof Error ? error : new Error('Graph request failed');
    }
  }
}

/** The last Graph SDK middleware: sends the request with `fetch`, bounded by a timeout. */
export class FetchHandler implements Middleware {
  constructor(
    private readonly send: typeof fetch,
    private readonly timeoutMs: number,
  ) {}

  async execute(context: Context): Promise<void> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    // The SDK types `request` with the DOM's RequestInfo, which Node's lib does not declare.
    const request = context.request as unknown as string | Request;
    context.response = await this.send(request, { ...context.options, signal });
  }
}
