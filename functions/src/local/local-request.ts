import type { IncomingHttpHeaders } from 'node:http';
import type { ApiRequest } from '../http/api-request.js';

const UTF8 = new TextDecoder();

/** The local host's request: what Azure Functions' `HttpRequest` gives the pipeline, read lazily. */
export class LocalRequest implements ApiRequest {
  readonly headers: { get(name: string): string | null };

  /**
   * @param url the absolute URL; `query` is its search parameters
   * @param incoming the Node request's headers (lower-case names)
   * @param body the body's bytes, already read and size-checked
   */
  constructor(
    readonly method: string,
    readonly url: string,
    readonly query: URLSearchParams,
    incoming: IncomingHttpHeaders,
    readonly params: Readonly<Record<string, string>>,
    private readonly body: Buffer,
  ) {
    this.headers = { get: (name) => headerValue(incoming, name) };
  }

  text(): Promise<string> {
    return Promise.resolve(UTF8.decode(this.body));
  }
}

function headerValue(incoming: IncomingHttpHeaders, name: string): string | null {
  const value = incoming[name.toLowerCase()];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}
