import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import { startBuiltHost } from '../../support/built-host.js';
import { launchChromium } from '../../support/chromium.js';
import { loadPhases, medianPhases, type LoadPhases } from './load-phases.js';
import { countScriptLoads, type ScriptLoads } from './script-cache-counter.js';

/** DESIGN section 10: first goals visible under 1.5 s in headless Chromium. */
export const FIRST_GOALS_BUDGET_MS = 1500;
/** A demo employee and one of their seeded goals, to know when goals are on screen. */
const PERSON_ID = 'arjun-mehta';
const GOAL_TITLE = 'Automate regional failover for the orders API';
const DEV_TOKEN_KEY = 'northstar.devToken';

/** Time from navigation to the first goals visible, cold and warm. */
export interface FirstGoalsTiming {
  budgetMs: number;
  /** Cold loads: each in a new browser context (empty cache). */
  coldMs: number[];
  /** Warm loads: later navigations in a context that loaded the tab once already. */
  warmMs: number[];
  coldMedianMs: number;
  warmMedianMs: number;
  /** Scripts per load from the HTTP cache and from the network (first load of each kind). */
  coldScripts: ScriptLoads;
  warmScripts: ScriptLoads;
  /** Where the time goes: the median of each milestone (ms since navigation start). */
  coldPhases: LoadPhases;
  warmPhases: LoadPhases;
  /** The `cache-control` the local host sends for the HTML page and for a hashed script. */
  cacheControl: { page: string | null; script: string | null };
  hostStartMs: number;
  withinBudget: boolean;
}

export interface FirstGoalsOptions {
  /** Browser contexts, one cold load each. */
  contexts: number;
  /** Warm loads after the cold one, in the same context. */
  warmPerContext: number;
  /** The built tab to serve; default the host's own (`teams-app/dist`). */
  staticDir?: string;
}

/** Median of a non-empty list (the upper middle for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Starts the built local host (dev sign-in, Contoso) and headless Chromium, and times the
 * standalone tab from navigation to a seeded goal of the signed-in person being visible.
 */
export async function timeFirstGoals(options: FirstGoalsOptions): Promise<FirstGoalsTiming> {
  const host = await startBuiltHost(
    options.staticDir ? { NORTHSTAR_STATIC_DIR: options.staticDir } : {},
  );
  const browser = await launchChromium();
  try {
    const token = await devToken(host.baseUrl);
    const cacheControl = await cacheHeaders(host.baseUrl);
    const cold: Load[] = [];
    const warm: Load[] = [];
    for (let run = 0; run < options.contexts; run++) {
      const loads = await loadsInOneContext(browser, host.baseUrl, token, 1 + options.warmPerContext);
      cold.push(...loads.slice(0, 1));
      warm.push(...loads.slice(1));
    }
    return summarize(cold, warm, { cacheControl, hostStartMs: Math.round(host.startMs) });
  } finally {
    await browser.close();
    await host.stop();
  }
}

interface Load {
  ms: number;
  scripts: ScriptLoads;
  phases: LoadPhases;
}

function summarize(
  cold: Load[],
  warm: Load[],
  host: Pick<FirstGoalsTiming, 'cacheControl' | 'hostStartMs'>,
): FirstGoalsTiming {
  const coldMs = cold.map((l) => l.ms);
  const warmMs = warm.map((l) => l.ms);
  const coldMedianMs = median(coldMs);
  const warmMedianMs = median(warmMs);
  return {
    budgetMs: FIRST_GOALS_BUDGET_MS,
    coldMs,
    warmMs,
    coldMedianMs,
    warmMedianMs,
    coldScripts: cold[0]?.scripts ?? { fromCache: 0, fromNetwork: 0 },
    warmScripts: warm[0]?.scripts ?? { fromCache: 0, fromNetwork: 0 },
    coldPhases: medianPhases(cold.map((l) => l.phases), median),
    warmPhases: medianPhases(warm.map((l) => l.phases), median),
    ...host,
    withinBudget: Math.max(coldMedianMs, warmMedianMs) <= FIRST_GOALS_BUDGET_MS,
  };
}

async function loadsInOneContext(
  browser: Browser,
  baseUrl: string,
  token: string,
  count: number,
): Promise<Load[]> {
  const context = await browser.newContext();
  try {
    // The dev token the standalone host reads (teams-app/src/host/dev-token-store.ts).
    await context.addInitScript(
      ([key, value]) =>
        (
          globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }
        ).sessionStorage.setItem(key, value),
      [DEV_TOKEN_KEY, token] as const,
    );
    const page = await context.newPage();
    const counter = await countScriptLoads(await context.newCDPSession(page));
    const loads: Load[] = [];
    for (let i = 0; i < count; i++) {
      // A new navigation each time (not a reload, which would revalidate every script).
      if (i > 0) await page.goto('about:blank');
      counter.take();
      const ms = await timeToGoals(page, `${baseUrl}/`);
      loads.push({ ms, phases: await loadPhases(page), scripts: counter.take() });
    }
    return loads;
  } finally {
    await context.close();
  }
}

async function timeToGoals(page: Page, url: string): Promise<number> {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.getByText(GOAL_TITLE).first().waitFor({ state: 'visible', timeout: 15_000 });
  return Math.round(performance.now() - started);
}

async function devToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId: PERSON_ID }),
  });
  if (!response.ok) throw new Error(`dev sign-in answered ${String(response.status)}`);
  return ((await response.json()) as { token: string }).token;
}

async function cacheHeaders(baseUrl: string): Promise<FirstGoalsTiming['cacheControl']> {
  const page = await fetch(`${baseUrl}/`);
  const script = /<script[^>]+src="([^"]+\.js)"/.exec(await page.text())?.[1];
  const scriptResponse = script ? await fetch(new URL(script, baseUrl)) : null;
  await scriptResponse?.arrayBuffer();
  return {
    page: page.headers.get('cache-control'),
    script: scriptResponse?.headers.get('cache-control') ?? null,
  };
}
