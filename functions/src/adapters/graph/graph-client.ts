import {
  AuthenticationHandler,
  AuthenticationHandlerOptions,
  Client,
  type GraphRequest,
} from '@microsoft/microsoft-graph-client';
import {
  sendBatch,
  type BatchEnvelope,
  type BatchReply,
  type BatchRequest,
  type BatchResult,
} from './graph-batch.js';
import { translateGraphError } from './graph-errors.js';
import { FetchHandler, RetryMiddleware } from './graph-middleware.js';
import { retryPolicy, type RetryPolicy } from './graph-retry.js';
import type { GraphTokenProvider } from './graph-token-provider.js';

/** How a {@link GraphClient} reaches Graph. */
export interface GraphClientOptions {
  /** The bearer token, asked for once per request (not per retry); it should be cached. */
  accessToken: () => Promise<string>;
  /**
   * Sends the requests. Defaults to the global `fetch`; tests pass one that delivers
   * `https://graph.microsoft.com` URLs to a local server.
   */
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  /** Per try; default 30 s. */
  timeoutMs?: number;
}

/** Extra request headers (`ConsistencyLevel`, `Prefer`). */
export type GraphHeaders = Record<string, string>;

interface GraphPage {
  value?: unknown[] | null;
  '@odata.nextLink'?: string | null;
}

/**
 * The one door to Microsoft Graph v1.0, on the Graph SDK (`@microsoft/microsoft-graph-client`)
 * with a middleware chain of: the SDK's bearer `AuthenticationHandler` (it only sends the token
 * to Graph hosts), our {@link RetryMiddleware} (429 / 503 / 504 with an injectable sleep) and a
 * fetch with a timeout. Every failure leaves here translated by `translateGraphError`.
 */
export class GraphClient {
  private readonly sdk: Client;
  private readonly policy: RetryPolicy;
  private readonly accessToken: () => Promise<string>;

  constructor(options: GraphClientOptions) {
    this.policy = retryPolicy(options.retry);
    this.accessToken = options.accessToken;
    const send = options.fetch ?? ((input, init) => fetch(input, init));
    this.sdk = Client.initWithMiddleware({
      middleware: [
        // Each request brings its own token (see `call`); this default is never used.
        new AuthenticationHandler({
          getAccessToken: () => Promise.reject(new Error('Graph token not given')),
        }),
        new RetryMiddleware(this.policy),
        new FetchHandler(send, options.timeoutMs ?? 30_000),
      ],
    });
  }

  /** `GET` a path (`/users/{id}?$select=...`) or a whole Graph URL. */
  get(path: string, headers: GraphHeaders = {}): Promise<unknown> {
    return this.call(path, (request) => request.headers(headers).get());
  }

  post(path: string, body: unknown, headers: GraphHeaders = {}): Promise<unknown> {
    return this.call(path, (request) => request.headers(headers).post(body));
  }

  /**
   * Every item of a collection: follows each page's whole `@odata.nextLink` (it carries the
   * skip token and the query), re-sending `headers`, which Graph does not carry over.
   */
  async getAll(path: string, headers: GraphHeaders = {}): Promise<unknown[]> {
    const items: unknown[] = [];
    const seen = new Set<string>();
    for (let url: string | null | undefined = path; url;) {
      if (seen.has(url)) throw new Error('Graph paging returned a page link it already gave');
      seen.add(url);
      const page = (await this.get(url, headers)) as GraphPage | null;
      items.push(...(page?.value ?? []));
      url = page?.['@odata.nextLink'];
      if (url && !url.startsWith('https://')) throw new Error('Graph paging link is not https');
    }
    return items;
  }

  /** Requests in `$batch` calls of at most 20, each with its own outcome (see `sendBatch`). */
  batch(requests: readonly BatchRequest[]): Promise<BatchResult[]> {
    const post = async (envelope: BatchEnvelope) =>
      (await this.post('/$batch', envelope)) as BatchReply;
    return sendBatch(post, this.policy, requests);
  }

  /**
   * The token is fetched first, outside the SDK: the SDK would turn a token-step `DomainError`
   * (no consent, expired sign-in) into an anonymous `GraphError`.
   */
  private async call(
    path: string,
    send: (request: GraphRequest) => Promise<unknown>,
  ): Promise<unknown> {
    const token = await this.accessToken();
    const auth = new AuthenticationHandlerOptions({ getAccessToken: () => Promise.resolve(token) });
    try {
      return await send(this.sdk.api(path).middlewareOptions([auth]));
    } catch (error) {
      throw translateGraphError(error);
    }
  }
}

/** A Graph client for a tenant, acting as one user. */
export type GraphClientFor = (tenantId: string) => GraphClient;

/** What the Graph adapters need from the composition root. */
export interface GraphAdapterOptions {
  tokens: GraphTokenProvider;
  /** Transport and retry settings shared by every client (tests: the local server's fetch). */
  client?: Omit<GraphClientOptions, 'accessToken'>;
}

/**
 * Graph clients that act as the user whose API token is `userAssertion` (each request gets an
 * On-Behalf-Of token for the tenant it names, cached by the token provider), or as the app
 * itself when it is `null`.
 */
export function graphClientsFor(
  options: GraphAdapterOptions,
  userAssertion: string | null,
): GraphClientFor {
  return (tenantId) =>
    new GraphClient({
      ...options.client,
      accessToken: () => options.tokens.tokenFor(tenantId, userAssertion),
    });
}
