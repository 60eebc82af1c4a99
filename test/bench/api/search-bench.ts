import type { Person } from '@northstar/shared';
import { searchActivity } from '../../api/bot-activities.js';
import type { BenchHost } from '../host/bench-host-process.js';
import { BENCH_TENANT_ID } from '../tenant/tenant-bench.js';
import { timeSequential, type SequentialTiming } from './timed-requests.js';

/** Search invokes of one kind, timed in sequence (Teams gives up after 5 s). */
export interface SearchFigure extends SequentialTiming {
  name: string;
  results: number;
}

const REPEATS = 201;

/**
 * The message extension's `composeExtension/query` over the bot endpoint, as Teams sends it:
 * the initial run (empty query: the caller's own goals first), a common word, and a rare one.
 */
export async function benchSearch(host: BenchHost, caller: Person): Promise<SearchFigure[]> {
  const figures: SearchFigure[] = [];
  for (const [name, text] of [
    ['initial run (empty query)', ''],
    ['a common word ("latency")', 'latency'],
    ['a goal number ("1234")', '1234'],
  ] as const) {
    const activity = searchActivity(caller.id, text);
    const conversation = activity.conversation as Record<string, unknown>;
    activity.conversation = { ...conversation, tenantId: BENCH_TENANT_ID };
    const send = () =>
      fetch(`${host.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
    const timing = await timeSequential(REPEATS, send);
    const answer = (await (await send()).json()) as {
      composeExtension?: { attachments?: unknown[] };
    };
    figures.push({ name, ...timing, results: answer.composeExtension?.attachments?.length ?? 0 });
  }
  return figures;
}
