import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';

/** What the Cosmos requests of one measured span were, counted on the wire. */
export interface CosmosCost {
  /** Every HTTP request sent to Cosmos. */
  requests: number;
  /** `GET .../docs/{id}`. */
  pointReads: number;
  /** `POST .../docs` carrying a query (one per page the SDK fetched). */
  queries: number;
  /** `POST .../docs` asking for a query plan (the SDK's cross-partition planning). */
  queryPlans: number;
  /** Creates, replaces, upserts and deletes. */
  writes: number;
  /** The account, databases, containers and partition key ranges: the client's own look-ups. */
  metadata: number;
  /** Sum of `x-ms-request-charge` over the answers that carried one; `null` when none did. */
  requestCharge: number | null;
}

/** Counts Cosmos requests as they leave this process. */
export interface CosmosWireMeter {
  /** Runs `work` and returns its result with the Cosmos requests made while it ran. */
  measure<T>(work: () => Promise<T>): Promise<{ result: T; cost: CosmosCost }>;
  stop(): void;
}

const REQUEST_START = 'http.client.request.start';
const RESPONSE_FINISH = 'http.client.response.finish';

function emptyCost(): CosmosCost {
  return {
    requests: 0,
    pointReads: 0,
    queries: 0,
    queryPlans: 0,
    writes: 0,
    metadata: 0,
    requestCharge: null,
  };
}

function kindOf(request: ClientRequest): Exclude<keyof CosmosCost, 'requests' | 'requestCharge'> {
  const isDocs = /\/docs(\/|$)/.test(request.path);
  if (!isDocs) return 'metadata';
  if (request.getHeader('x-ms-cosmos-is-query-plan-request') !== undefined) return 'queryPlans';
  if (request.getHeader('x-ms-documentdb-isquery') !== undefined) return 'queries';
  if (request.method === 'GET' && /\/docs\/[^/]+$/.test(request.path)) return 'pointReads';
  return request.method === 'GET' ? 'metadata' : 'writes';
}

function chargeOf(response: IncomingMessage): number | null {
  const header = response.headers['x-ms-request-charge'];
  const charge = Number(Array.isArray(header) ? header[0] : header);
  return header === undefined || Number.isNaN(charge) ? null : charge;
}

/**
 * Starts counting the requests of `node:http`/`node:https` clients in this process through
 * Node's diagnostics channels, which the Cosmos SDK's transport goes through; nothing in the app
 * changes. The benchmark calls the app with `fetch` (undici), which these channels do not see,
 * so during a measured span every request counted is one the app made to Cosmos.
 */
export function startCosmosWireMeter(): CosmosWireMeter {
  const tally: { current: CosmosCost | null } = { current: null };
  const onRequest = (message: unknown) => {
    const cost = tally.current;
    if (!cost) return;
    const { request } = message as { request: ClientRequest };
    cost.requests += 1;
    cost[kindOf(request)] += 1;
  };
  const onResponse = (message: unknown) => {
    const cost = tally.current;
    const charge = cost ? chargeOf((message as { response: IncomingMessage }).response) : null;
    if (cost && charge !== null) cost.requestCharge = (cost.requestCharge ?? 0) + charge;
  };
  subscribe(REQUEST_START, onRequest);
  subscribe(RESPONSE_FINISH, onResponse);
  return {
    async measure(work) {
      const cost = emptyCost();
      tally.current = cost;
      try {
        return { result: await work(), cost };
      } finally {
        tally.current = null;
      }
    },
    stop() {
      unsubscribe(REQUEST_START, onRequest);
      unsubscribe(RESPONSE_FINISH, onResponse);
    },
  };
}
