import { performance } from 'node:perf_hooks';
import type { Person } from '@northstar/shared';
import { benchTokens } from '../host/bench-tokens.js';
import { startCosmosAppHost } from './cosmos-app-host.js';
import type { ReadProbe } from './cosmos-probes.js';
import type { CosmosTarget } from './cosmos-target.js';
import {
  startCosmosWireMeter,
  type CosmosCost,
  type CosmosWireMeter,
} from './cosmos-wire-meter.js';

/** One call of a read: what it cost Cosmos and how long it took. */
export interface ReadCall extends CosmosCost {
  ms: number;
}

/** What one read costs, first on a freshly composed app and then again (caches warm). */
export interface ReadCost {
  name: string;
  path: string;
  about: string;
  status: number;
  bytes: number;
  /** Items of a list page, or nodes of an alignment graph. */
  items: number | null;
  first: ReadCall;
  warm: ReadCall;
  /** The first answer other than 200, if any (the counts then cover a failed read). */
  error?: string;
}

interface Answer {
  status: number;
  bytes: number;
  items: number | null;
  error?: string;
}

/**
 * Costs each read one request at a time. Each read gets its own app (its own Cosmos client,
 * settings cache and goal snapshot), so `first` is what a cold instance pays and `warm` what
 * the same request costs right after (after the probe's write, if it has one); the two differ
 * only where a cache exists.
 */
export async function measureReadCosts(
  target: CosmosTarget,
  people: readonly Person[],
  probes: readonly ReadProbe[],
  dataDir: string,
): Promise<ReadCost[]> {
  const tokens = benchTokens(dataDir);
  const meter = startCosmosWireMeter();
  const costs: ReadCost[] = [];
  try {
    for (const probe of probes) {
      const host = await startCosmosAppHost(target, people, dataDir);
      try {
        costs.push(await costOf(probe, meter, host.baseUrl, await tokens(probe.caller)));
      } finally {
        await host.close();
      }
    }
  } finally {
    meter.stop();
  }
  return costs;
}

async function costOf(
  probe: ReadProbe,
  meter: CosmosWireMeter,
  baseUrl: string,
  token: string,
): Promise<ReadCost> {
  const call = () => timedCall(meter, baseUrl + probe.path, token);
  const first = await call();
  if (probe.writeBetween)
    await post(baseUrl + probe.writeBetween.path, token, probe.writeBetween.body);
  const warm = await call();
  const { name, path, about } = probe;
  const answer = first.answer.error === undefined ? warm.answer : first.answer;
  return { name, path, about, ...answer, first: first.call, warm: warm.call };
}

/** The probe's write: not measured, and it must succeed or the second figure means nothing. */
async function post(url: string, token: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${url}: ${String(response.status)} ${text}`);
}

async function timedCall(
  meter: CosmosWireMeter,
  url: string,
  token: string,
): Promise<{ answer: Answer; call: ReadCall }> {
  const authorization = `Bearer ${token}`;
  const started = performance.now();
  const { result, cost } = await meter.measure(async () => {
    const response = await fetch(url, { headers: { authorization } });
    return { status: response.status, text: await response.text() };
  });
  const ms = performance.now() - started;
  return { answer: answerOf(result.status, result.text), call: { ...cost, ms } };
}

function answerOf(status: number, text: string): Answer {
  const bytes = Buffer.byteLength(text);
  if (status !== 200) return { status, bytes, items: null, error: `${String(status)} ${text}` };
  return { status, bytes, items: itemsOf(text) };
}

function itemsOf(text: string): number | null {
  const body = JSON.parse(text) as { items?: unknown; nodes?: unknown };
  if (Array.isArray(body.items)) return body.items.length;
  return Array.isArray(body.nodes) ? body.nodes.length : null;
}
