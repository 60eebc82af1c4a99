import { performance } from 'node:perf_hooks';
import { expectedCost, graphCost, type GraphCost } from '../../api/graph-mode-cost.js';
import { GeneratedOrg } from '../../api/graph-mode-generated-org.js';
import { reviewWindow, type GeneratedTeam } from '../../api/graph-mode-generated-people.js';
import { startGraphModeHost } from '../../api/graph-mode-host.js';

/** Booking one manager's N review meetings through Graph, cold and again (warm). */
export interface SchedulingFigure {
  reports: number;
  run: 'cold' | 'warm';
  cost: GraphCost;
  /** The budget: at most ceil(N/20) `$batch` calls per step (3 steps: mailboxes to plan, mailboxes to book, events). */
  batchBudget: number;
  booked: number;
  ms: number;
}

const SIZES = [5, 20, 100] as const;

/**
 * `POST /api/meetings/schedule-team` in Graph mode against the local Entra and Graph servers
 * (the app as Azure runs it, each report with a calendar of busy blocks), counting every Graph
 * call the local Graph saw.
 */
export async function benchScheduling(): Promise<SchedulingFigure[]> {
  const window = reviewWindow();
  const org = new GeneratedOrg([...SIZES], window);
  const host = await startGraphModeHost(org);
  const figures: SchedulingFigure[] = [];
  try {
    for (const [index, n] of SIZES.entries()) {
      const team = org.teams[index] as GeneratedTeam;
      const token = await host.entra.signIn(team.manager.id, team.manager.displayName);
      for (const run of ['cold', 'warm'] as const) {
        host.graphWith();
        const started = performance.now();
        const res = await host.call('POST', '/api/meetings/schedule-team', {
          token,
          body: { durationMinutes: 30, windowStart: window.start, windowEnd: window.end, subject: 'Review' },
        });
        const ms = performance.now() - started;
        if (res.status !== 200) throw new Error(`schedule-team answered ${String(res.status)}`);
        const cost = graphCost(host.graph.calls);
        const expected = expectedCost(n, org.pageSize, run);
        if (cost.total !== expected.total) console.warn(`scheduling ${String(n)}: unexpected cost`);
        const { items } = res.body as { items: { status: string }[] };
        const booked = items.filter((i) => i.status === 'booked').length;
        figures.push({ reports: n, run, cost, batchBudget: 3 * Math.ceil(n / 20), booked, ms });
      }
    }
  } finally {
    await host.close();
  }
  return figures;
}
