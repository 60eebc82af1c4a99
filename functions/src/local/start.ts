import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { botModeLine } from '../bot/bot-mode.js';
import { loadConfig } from '../config/config.js';
import { createApp } from '../compose.js';
import { buildTimers } from '../routes.js';
import { createLocalHost } from './local-host.js';
import { startLocalTimers } from './local-timers.js';

/** `npm start`: the local host on PORT with the API, the bot endpoint, the timers and the tab. */
async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig(process.env);
  const app = await createApp(config);
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  const staticDir = config.staticDir ?? resolve(repoRoot, 'teams-app/dist');
  const server = createLocalHost({
    routes: app.routes,
    verifier: app.services.verifier,
    staticDir,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  server.listen(config.port, () => {
    const ms = Math.round(performance.now() - started);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    process.stdout.write(
      `Northstar is running at http://localhost:${port}/ (store: ${app.services.stores.kind}, ` +
        `auth: ${config.auth.mode}, data: ${resolve(config.dataDir)}) — ready in ${ms} ms\n` +
        `  ${botModeLine(config)}\n`,
    );
  });
  // The hourly reminder timer runs here too (in dev mode, "Run reminders now" runs it at once).
  const timers = startLocalTimers(buildTimers(app.services), (line) =>
    process.stderr.write(`${line}\n`),
  );
  const stop = () => {
    timers.stop();
    server.close();
    void app.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Northstar failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
