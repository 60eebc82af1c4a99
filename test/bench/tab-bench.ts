import { join } from 'node:path';
import { repoRoot } from '../support/repo-root.js';
import { timeFirstGoals, type FirstGoalsTiming } from './tab/first-goals-timing.js';
import { measureRouteSizes, routeSizesTable, type RouteSizes } from './tab/route-sizes.js';

/** Cold loads (one browser context each); every context then loads the tab warm twice. */
const CONTEXTS = 7;
const WARM_PER_CONTEXT = 2;

/** What to measure; the defaults are what `npm run bench` measures. */
export interface TabBenchOptions {
  /** The built tab (Vite's `dist`, with `.vite/manifest.json`); default `teams-app/dist`. */
  distDir?: string;
}

/** The tab's figures, plain JSON. */
export interface TabBenchResult {
  /** First-screen JavaScript per route and host variant (gzip bytes). */
  firstScreen: RouteSizes;
  /** Navigation to first goals visible, standalone against the built local host. */
  firstGoals: FirstGoalsTiming;
  withinBudget: boolean;
}

/**
 * The tab's budgets (DESIGN section 10): first-screen JavaScript (gzip) of every route in every
 * host variant, from the build (default `teams-app/dist`); and the time until the first goals are
 * visible in headless Chromium against the built local host, cold and warm. Prints a table
 * (console.warn) and returns every figure.
 */
export async function benchTab(options: TabBenchOptions = {}): Promise<TabBenchResult> {
  const distDir = options.distDir ?? join(repoRoot(), 'teams-app/dist');
  const firstScreen = await measureRouteSizes(distDir);
  console.warn(
    `tab: first-screen JavaScript, KB gzip (entry + static imports + the screen's chunk + host code; budget ${String(firstScreen.budgetBytes / 1024)} KB)`,
  );
  console.warn(routeSizesTable(firstScreen));
  for (const v of firstScreen.variants) {
    const budget = v.afterSsoFails === true ? ' (a recovery path: outside the budget)' : '';
    console.warn(`  ${v.label}: ${v.when}${budget}`);
  }
  console.warn(`tab: first-screen JS ${firstScreen.withinBudget ? 'OK' : 'OVER'}`);
  const firstGoals = await timeFirstGoals({
    contexts: CONTEXTS,
    warmPerContext: WARM_PER_CONTEXT,
    staticDir: distDir,
  });
  console.warn(firstGoalsLines(firstGoals));
  return { firstScreen, firstGoals, withinBudget: firstScreen.withinBudget && firstGoals.withinBudget };
}

function phases(p: FirstGoalsTiming['coldPhases']): string {
  return Object.entries(p)
    .map(([name, ms]) => `${name} ${String(ms)}`)
    .join(', ');
}

function firstGoalsLines(t: FirstGoalsTiming): string {
  const scripts = (s: FirstGoalsTiming['coldScripts']) =>
    `${String(s.fromNetwork)} scripts from the network, ${String(s.fromCache)} from cache`;
  return [
    `tab: first goals visible (standalone, budget ${String(t.budgetMs)} ms) ${t.withinBudget ? 'OK' : 'OVER'}`,
    `  cold median ${String(t.coldMedianMs)} ms of ${String(t.coldMs.length)} [${t.coldMs.join(', ')}]; ${scripts(t.coldScripts)}`,
    `  warm median ${String(t.warmMedianMs)} ms of ${String(t.warmMs.length)} [${t.warmMs.join(', ')}]; ${scripts(t.warmScripts)}`,
    `  cold milestones (median ms): ${phases(t.coldPhases)}`,
    `  warm milestones (median ms): ${phases(t.warmPhases)}`,
    `  cache-control: page "${t.cacheControl.page ?? 'none'}", scripts "${t.cacheControl.script ?? 'none'}"; local host up in ${String(t.hostStartMs)} ms`,
  ].join('\n');
}
