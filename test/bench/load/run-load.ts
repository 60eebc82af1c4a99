import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../support/repo-root.js';
import type { LoadResult, LoadSpec } from './load-spec.js';

/** Runs `spec` in a separate autocannon process and returns what it measured. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const entry = join(repoRoot(), 'test/bench/load/autocannon-worker.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repoRoot(),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin.end(JSON.stringify(spec));
  return new Promise((done, fail) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      if (code === 0) done(JSON.parse(output) as LoadResult);
      else fail(new Error(`autocannon exited with ${String(code)}: ${output}`));
    });
  });
}
