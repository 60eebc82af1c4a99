import type { Person } from '@northstar/shared';
import type { BenchHost } from '../host/bench-host-process.js';
import type { BenchTokens } from '../host/bench-tokens.js';
import { timeSequential, type SequentialTiming } from './timed-requests.js';

/** One alignment request, timed in sequence, with the host's memory. */
export interface AlignmentFigure extends SequentialTiming {
  name: string;
  nodes: number;
  /** The host's peak resident memory after these requests. */
  hostPeakRssBytes: number;
}

/** An alignment view to time: its query and who asks. */
export interface AlignmentRead {
  name: string;
  query: string;
  caller: Person;
}

const REPEATS = 21;

/** Each view 21 times in sequence: the first fills the snapshot, the rest are served from it. */
export async function benchAlignment(
  host: BenchHost,
  tokens: BenchTokens,
  reads: readonly AlignmentRead[],
): Promise<AlignmentFigure[]> {
  const figures: AlignmentFigure[] = [];
  for (const read of reads) {
    const url = `${host.baseUrl}/api/alignment${read.query}`;
    const headers = { authorization: `Bearer ${await tokens(read.caller)}` };
    const timing = await timeSequential(REPEATS, () => fetch(url, { headers }));
    const answer = (await (await fetch(url, { headers })).json()) as { nodes: unknown[] };
    figures.push({
      name: read.name,
      ...timing,
      nodes: answer.nodes.length,
      hostPeakRssBytes: host.peakRssBytes(),
    });
  }
  return figures;
}
