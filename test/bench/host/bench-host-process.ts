import { readFileSync } from 'node:fs';
import { spawnServer, type ServerProcess } from '../load/spawn-server.js';

/** The benchmark's host process, running over a loaded tenant. */
export interface BenchHost extends ServerProcess {
  /** The host's peak resident memory so far (Linux `VmHWM`), in bytes. */
  peakRssBytes(): number;
}

/** Which loaded tenant to serve and how. */
export interface BenchHostOptions {
  dataDir: string;
  seed: number;
  people: number;
  /** Every answer carries its store cost (`STORE_COST_HEADER`). */
  meter?: boolean;
}

/** Starts `bench-host.ts` in its own Node process and waits until it listens. */
export async function startBenchHost(options: BenchHostOptions): Promise<BenchHost> {
  const server = await spawnServer('test/bench/host/bench-host.ts', {
    env: {
      BENCH_DATA_DIR: options.dataDir,
      BENCH_SEED: String(options.seed),
      BENCH_PEOPLE: String(options.people),
      BENCH_METER: options.meter === true ? '1' : '0',
    },
  });
  return { ...server, peakRssBytes: () => peakRss(server.pid) };
}

/** `VmHWM` of a Linux process: the most resident memory it has had. */
export function peakRss(pid: number): number {
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb === undefined ? Number.NaN : Number(kb) * 1024;
}
