import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from './repo-root.js';

/** The Microsoft 365 Agents Playground (a devDependency) serving its chat UI on a local port. */
export interface AgentsPlayground {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * Starts the Playground's CLI against `endpoint` (a bot's `/api/messages`) as a Teams client,
 * telemetry off, from `appPackage/playground`, whose `.m365agentsplayground.yml` makes its users
 * demo people. Resolves once it listens.
 */
export async function startAgentsPlayground(endpoint: string): Promise<AgentsPlayground> {
  const root = repoRoot();
  const cli = join(root, 'node_modules/@microsoft/m365agentsplayground/cli.js');
  const port = await freePort();
  const args = [cli, 'start', '-e', endpoint, '-c', 'msteams', '--dt', '-p', String(port)];
  const child = spawn(process.execPath, args, {
    cwd: join(root, 'appPackage/playground'),
    // It would open a browser window otherwise.
    env: { ...process.env, BROWSER: 'none', CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((done, fail) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Listening on')) done();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      fail(new Error(`the Agents Playground exited with ${String(code)}: ${output}`));
    });
  });
  return {
    url: `http://localhost:${String(port)}/`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
