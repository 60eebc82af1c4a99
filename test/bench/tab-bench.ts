import { join } from 'node:path';
import { repoRoot } from '../support/repo-root.js';
import { launchChromium } from '../support/chromium.js';
import { startBuiltHost } from '../support/built-host.js';
import { firstScreenScripts } from './first-screen-size.js';

/** Budgets from DESIGN section 10. */
const FIRST_SCREEN_JS_BUDGET_BYTES = 250 * 1024;
const FIRST_GOALS_BUDGET_MS = 1500;
const RUNS = 7;
const TEAMS_SDK_SOURCE = 'src/host/teams-js-sdk.ts';
const MSAL_SOURCE = 'src/host/msal-nested-auth.ts';
/** A demo employee and one of their seeded goals, to know when goals are on screen. */
const PERSON_ID = 'arjun-mehta';
const GOAL_TITLE = 'Automate regional failover for the orders API';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * The tab's budgets: first-screen JavaScript (gzip) from the build, and time until the first
 * goals are visible in headless Chromium against the built local host (median of fresh loads,
 * each in a new browser context with an empty cache).
 */
export async function benchTab(): Promise<boolean> {
  const dist = join(repoRoot(), 'teams-app/dist');
  const kb = (scripts: { gzipBytes: number }[]) =>
    scripts.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024;
  const scripts = await firstScreenScripts(dist);
  const totalGzip = kb(scripts) * 1024;
  // Inside Teams/Outlook the host code loads too; MSAL only when Nested App Authentication is used.
  const inTeams = kb(await firstScreenScripts(dist, [TEAMS_SDK_SOURCE]));
  const withNaa = kb(await firstScreenScripts(dist, [TEAMS_SDK_SOURCE, MSAL_SOURCE]));
  const host = await startBuiltHost();
  const browser = await launchChromium();
  const timings: number[] = [];
  try {
    const response = await fetch(`${host.baseUrl}/api/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: PERSON_ID }),
    });
    const { token } = (await response.json()) as { token: string };
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      // The dev token the standalone host reads (teams-app/src/host/dev-token-store.ts).
      await context.addInitScript(
        (t) =>
          (
            globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }
          ).sessionStorage.setItem('northstar.devToken', t),
        token,
      );
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${host.baseUrl}/`);
      await page.getByText(GOAL_TITLE).first().waitFor({ state: 'visible', timeout: 15_000 });
      timings.push(Date.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  const firstGoals = median(timings);
  const sizeOk =
    totalGzip <= FIRST_SCREEN_JS_BUDGET_BYTES && inTeams * 1024 <= FIRST_SCREEN_JS_BUDGET_BYTES;
  console.warn(
    `tab: first-screen JS in Teams with getAuthToken ${inTeams.toFixed(1)} KB gzip, ` +
      `with Nested App Authentication (MSAL) ${withNaa.toFixed(1)} KB gzip`,
  );
  const timeOk = firstGoals <= FIRST_GOALS_BUDGET_MS;
  console.warn(
    `tab: first-screen JS standalone ${(totalGzip / 1024).toFixed(1)} KB gzip (budget 250 KB) ${sizeOk ? 'OK' : 'OVER'}; ` +
      `first goals visible median ${String(firstGoals)} ms of ${String(RUNS)} cold loads ` +
      `[${timings.join(', ')}] (budget 1500 ms) ${timeOk ? 'OK' : 'OVER'}; local host up in ${host.startMs.toFixed(0)} ms`,
  );
  return sizeOk && timeOk;
}
