import type { Person } from '@northstar/shared';
import { STORE_COST_HEADER, type StoreCost } from '../host/store-meter.js';
import type { BenchHost } from '../host/bench-host-process.js';
import type { BenchTokens } from '../host/bench-tokens.js';

/** What one request cost the store, on a metered host, and how many items it answered. */
export interface StoreCostFigure extends StoreCost {
  name: string;
  items: number;
}

/** A read to meter: a path, who asks, and whether to send it once first (to fill caches). */
export interface MeteredRead {
  name: string;
  path: string;
  caller: Person;
  warm?: boolean;
}

/** Each read once, in sequence, on a host started with `meter: true`. */
export async function benchStoreCost(
  host: BenchHost,
  tokens: BenchTokens,
  reads: readonly MeteredRead[],
): Promise<StoreCostFigure[]> {
  const figures: StoreCostFigure[] = [];
  for (const read of reads) {
    const send = async () =>
      fetch(`${host.baseUrl}${read.path}`, {
        headers: { authorization: `Bearer ${await tokens(read.caller)}` },
      });
    if (read.warm === true) await (await send()).arrayBuffer();
    const response = await send();
    const body = (await response.json()) as { items?: unknown[]; nodes?: unknown[] };
    const cost = JSON.parse(response.headers.get(STORE_COST_HEADER) ?? 'null') as StoreCost | null;
    if (!response.ok || !cost) throw new Error(`${read.path} answered ${String(response.status)}`);
    figures.push({ name: read.name, ...cost, items: body.items?.length ?? body.nodes?.length ?? 1 });
  }
  return figures;
}
