/**
 * Script behind `npm run package`: builds appPackage/build/northstar.zip from
 * TEAMS_APP_ID, APP_DOMAIN and ENTRA_CLIENT_ID (see config/package-config.ts), and BOT_APP_ID
 * (the bot's registration; ENTRA_CLIENT_ID's when unset).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPackageConfig } from '../config/package-config.js';
import { buildAppPackage } from './build-app-package.js';
import { findRepoRoot } from './repo-root.js';

try {
  const config = readPackageConfig();
  if (config.usesPlaceholders) {
    console.warn(
      'TEAMS_APP_ID or ENTRA_CLIENT_ID is unset: the package uses placeholder ids (local use only).',
    );
  }
  const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
  const appPackageDir = join(repoRoot, 'appPackage');
  const result = await buildAppPackage({
    appId: config.teamsAppId,
    appDomain: config.appDomain,
    clientId: config.entraClientId,
    // Empty counts as unset, as in package-config.ts; a non-GUID is refused by the build.
    botId: process.env.BOT_APP_ID?.trim() || undefined,
    templateDir: appPackageDir,
    webRoot: join(repoRoot, 'teams-app', 'public'),
    outFile: join(appPackageDir, 'build', 'northstar.zip'),
  });
  process.stdout.write(`wrote ${result.outFile}\n`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
