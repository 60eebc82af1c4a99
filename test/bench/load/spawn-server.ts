import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../support/repo-root.js';

/** A server process the benchmark started. */
export interface ServerProcess {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs the TypeScript file `entry` (from the repository root) with tsx in its own Node process,
 * writes `input` to its stdin, and waits for the line naming its URL ("... at http://...").
 */
export async function spawnServer(
  entry: string,
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot(), entry)], {
    cwd: repoRoot(),
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin.end(options.input ?? '');
  const baseUrl = await new Promise<string>((done, fail) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = / at (http:\/\/localhost:\d+)/.exec(output);
      if (found?.[1]) done(found[1]);
    });
    child.once('exit', (code) => {
      fail(new Error(`${entry} exited with ${String(code)}: ${output}`));
    });
  });
  return { baseUrl, pid: child.pid ?? 0, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => {
      done();
    });
    child.kill('SIGTERM');
  });
}
