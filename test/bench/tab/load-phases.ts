import type { Page } from 'playwright-core';

/**
 * Milestones of one page load, in ms since navigation start (the page's own clock), to see
 * where the time to first goals goes. A milestone the load did not reach is -1.
 */
export interface LoadPhases {
  /** The HTML page received. */
  html: number;
  /** Every static script loaded and run (`DOMContentLoaded` handlers done). */
  scriptsRun: number;
  /** The app asks who is signed in (`GET /api/me` sent). */
  meRequested: number;
  /** The first screen's own chunk requested (it is lazy). */
  screenChunkRequested: number;
  /** The goals answered (`GET /api/goals?ownerId=...` received). */
  goalsReceived: number;
  /** The goal seen on screen (just after the test saw it). */
  visible: number;
}

/** A resource whose URL matches, from the page's resource timing. */
interface Milestone {
  pattern: string;
  edge: 'startTime' | 'responseEnd';
}

const MILESTONES = {
  meRequested: { pattern: '/api/me$', edge: 'startTime' },
  screenChunkRequested: { pattern: '/assets/MyGoals-[^/]*\\.js$', edge: 'startTime' },
  goalsReceived: { pattern: '/api/goals\\?ownerId=', edge: 'responseEnd' },
} satisfies Record<string, Milestone>;

/** What the page's Performance API says about the current load. */
interface PageTiming {
  now: number;
  html: number;
  scriptsRun: number;
  resources: { name: string; startTime: number; responseEnd: number }[];
}

/** Reads the milestones of the page's current load; call right after the goals are visible. */
export async function loadPhases(page: Page): Promise<LoadPhases> {
  // Plain data only, computed here: functions defined inside the page script would be renamed
  // by tsx (esbuild's keepNames) into calls the page does not have.
  const timing = await page.evaluate((): PageTiming => {
    const perf = (globalThis as unknown as { performance: PagePerformance }).performance;
    const nav = perf.getEntriesByType('navigation')[0];
    return {
      now: perf.now(),
      html: nav?.responseEnd ?? -1,
      scriptsRun: nav?.domContentLoadedEventEnd ?? -1,
      resources: perf.getEntriesByType('resource').map((r) => ({
        name: r.name,
        startTime: r.startTime,
        responseEnd: r.responseEnd,
      })),
    };
  });
  const at = ({ pattern, edge }: Milestone) => {
    const entry = timing.resources.find((r) => new RegExp(pattern).test(r.name));
    return entry ? Math.round(entry[edge]) : -1;
  };
  return {
    html: Math.round(timing.html),
    scriptsRun: Math.round(timing.scriptsRun),
    meRequested: at(MILESTONES.meRequested),
    screenChunkRequested: at(MILESTONES.screenChunkRequested),
    goalsReceived: at(MILESTONES.goalsReceived),
    visible: Math.round(timing.now),
  };
}

/** The parts of the page's Performance API read here (the test project has no DOM types). */
interface PagePerformance {
  now(): number;
  getEntriesByType(type: string): {
    name: string;
    startTime: number;
    responseEnd: number;
    domContentLoadedEventEnd?: number;
  }[];
}

/** The median of each milestone over several loads. */
export function medianPhases(
  loads: readonly LoadPhases[],
  median: (values: number[]) => number,
): LoadPhases {
  const of = (key: keyof LoadPhases) => median(loads.map((load) => load[key]));
  return {
    html: of('html'),
    scriptsRun: of('scriptsRun'),
    meRequested: of('meRequested'),
    screenChunkRequested: of('screenChunkRequested'),
    goalsReceived: of('goalsReceived'),
    visible: of('visible'),
  };
}
