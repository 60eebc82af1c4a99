/**
 * What the route pipeline and its handlers read of a request. Azure Functions' `HttpRequest` is
 * one; the local host passes a lighter one (`LocalRequest`), because a fetch `Request` (with its
 * `AbortSignal` and `Headers` list) per call cost a fifth of the local host's time under load.
 */
export interface ApiRequest {
  readonly method: string;
  /** The absolute URL the caller asked for. */
  readonly url: string;
  /** Path parameters from the route's `{param}` segments. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** Header lookup, case-insensitive; repeated headers joined with `, `. */
  readonly headers: { get(name: string): string | null };
  /** The body as UTF-8 text (a byte-order mark dropped), `''` when there is none. */
  text(): Promise<string>;
}

/** What the pipeline needs of the invocation: its id (the trace id) and a way to log a failure. */
export interface ApiInvocation {
  readonly invocationId: string;
  error(...args: unknown[]): void;
}
