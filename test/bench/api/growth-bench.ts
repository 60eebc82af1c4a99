import { rmSync } from 'node:fs';
import { startBenchHost } from '../host/bench-host-process.js';
import { benchTokens } from '../host/bench-tokens.js';
import { benchTenant, type TenantBenchResult } from '../tenant/tenant-bench.js';
import { alignmentReads } from './api-bench.js';
import { benchAlignment, type AlignmentFigure } from './alignment-bench.js';
import { benchSubjects } from './bench-subjects.js';

/** Alignment at one tenant size. */
export interface GrowthFigure {
  people: number;
  goals: number;
  loadMs: number;
  alignment: AlignmentFigure[];
}

/**
 * How alignment grows with the tenant: a tenant of each size (10 goals a person; 10 check-ins a
 * person, since alignment does not read check-ins and loading 100 a person at 50,000 people
 * would take many minutes) generated, loaded, served and measured, then deleted.
 */
export async function benchGrowth(sizes: readonly number[]): Promise<GrowthFigure[]> {
  const figures: GrowthFigure[] = [];
  for (const people of sizes) {
    const tenant = await benchTenant({ people, goals: people * 10, checkIns: people * 10 });
    try {
      figures.push({ ...(await alignmentAt(tenant)), loadMs: tenant.loadMs });
    } finally {
      rmSync(tenant.dataDir, { recursive: true, force: true });
    }
  }
  return figures;
}

async function alignmentAt(tenant: TenantBenchResult): Promise<Omit<GrowthFigure, 'loadMs'>> {
  const subjects = benchSubjects(tenant.org, tenant.goalList);
  const host = await startBenchHost({
    dataDir: tenant.dataDir,
    seed: tenant.seed,
    people: tenant.people,
  });
  try {
    const reads = alignmentReads(subjects);
    const alignment = await benchAlignment(host, benchTokens(tenant.dataDir), reads);
    return { people: tenant.people, goals: tenant.goals, alignment };
  } finally {
    await host.stop();
  }
}
