import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './repo-root.js';

/** The built local host entry, as `npm start` runs it (after `npm run build`). */
export const START_ENTRY = join(repoRoot(), 'functions/dist/src/local/start.js');

export interface BuiltHost {
  baseUrl: string;
  dataDir: string;
  /** How long the process took from spawn to its "running" line. */
  startMs: number;
  stop(): Promise<void>;
}

/**
 * Runs the BUILT local host in its own Node process (real ESM, real SQLite) on a free port and
 * a fresh data dir, and waits for its "running at" line.
 */
export async function startBuiltHost(env: Record<string, string> = {}): Promise<BuiltHost> {
  const dataDir = await mkdtemp(join(tmpdir(), 'northstar-host-'));
  const started = performance.now();
  const child = spawn(process.execPath, [START_ENTRY], {
    env: { ...process.env, PORT: '0', NORTHSTAR_DATA_DIR: dataDir, AUTH_MODE: 'dev', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const baseUrl = await new Promise<string>((done, fail) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /running at (http:\/\/localhost:\d+)\//.exec(output);
      if (found?.[1]) done(found[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      fail(new Error(`the local host exited with ${String(code)}: ${output}`));
    });
  });
  const startMs = performance.now() - started;
  return {
    baseUrl,
    dataDir,
    startMs,
    async stop() {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
