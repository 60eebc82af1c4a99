/** One simulated client's request: connection `i` sends `clients[i % clients.length]`. */
export interface LoadClient {
  path: string;
  headers: Record<string, string>;
  /** Bodies sent in turn (POST); none for a GET. */
  bodies?: string[];
}

/** A load to generate against `url` (base URL) with autocannon. */
export interface LoadSpec {
  url: string;
  method: 'GET' | 'POST';
  connections: number;
  durationSeconds: number;
  /** Send exactly this many requests instead of running for `durationSeconds`. */
  amount?: number;
  clients: LoadClient[];
  /**
   * Each client waits this long after an answer before its next request (`pacedLoad`, GET
   * only); without it autocannon sends the next at once, as fast as the server answers.
   */
  thinkMs?: number;
}

/** What the load generator measured. */
export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  ok: number;
  notOk: number;
  errors: number;
  timeouts: number;
}
