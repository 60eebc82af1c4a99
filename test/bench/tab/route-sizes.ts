import { firstScreenSizer } from '../first-screen-size.js';
import { HOST_VARIANTS, LATER_CHUNKS, TAB_ROUTES, type TabRoute } from './tab-routes.js';

/** DESIGN section 10: the first screen's JavaScript under 250 KB gzip. */
export const FIRST_SCREEN_JS_BUDGET_BYTES = 250 * 1024;

/** One screen's JavaScript, gzip bytes per host variant (keys: `HOST_VARIANTS` ids). */
export interface RouteSize {
  route: string;
  hash: string;
  gzipBytes: Record<string, number>;
  /** The host variants in which this screen misses the budget (never an `afterSsoFails` one). */
  overBudget: string[];
}

/** First-screen JavaScript of every route in every host variant, from the built tab. */
export interface RouteSizes {
  budgetBytes: number;
  /** `HOST_VARIANTS` ids and what they mean. */
  variants: { id: string; label: string; when: string; sources: string[]; afterSsoFails?: boolean }[];
  routes: RouteSize[];
  /** The largest route per variant. */
  largest: Record<string, number>;
  /** Views a screen loads after its data (outside the budget), for comparison. */
  later: RouteSize[];
  withinBudget: boolean;
}

/** Measures `TAB_ROUTES` (and `LATER_CHUNKS`) in the build at `distDir`. */
export async function measureRouteSizes(distDir: string): Promise<RouteSizes> {
  const sizer = await firstScreenSizer(distDir);
  const measure = async (route: TabRoute): Promise<RouteSize> => {
    const gzipBytes: Record<string, number> = {};
    for (const variant of HOST_VARIANTS) {
      gzipBytes[variant.id] = await sizer.gzipBytes([...route.sources, ...variant.sources]);
    }
    const overBudget = HOST_VARIANTS.filter(
      (variant) =>
        variant.afterSsoFails !== true &&
        (gzipBytes[variant.id] ?? 0) > FIRST_SCREEN_JS_BUDGET_BYTES,
    ).map((variant) => variant.id);
    return { route: route.route, hash: route.hash, gzipBytes, overBudget };
  };
  const routes = await Promise.all(TAB_ROUTES.map(measure));
  const largest = Object.fromEntries(
    HOST_VARIANTS.map((v) => [v.id, Math.max(...routes.map((r) => r.gzipBytes[v.id] ?? 0))]),
  );
  return {
    budgetBytes: FIRST_SCREEN_JS_BUDGET_BYTES,
    variants: HOST_VARIANTS.map((v) => ({ ...v, sources: [...v.sources] })),
    routes,
    largest,
    later: await Promise.all(LATER_CHUNKS.map(measure)),
    withinBudget: routes.every((route) => route.overBudget.length === 0),
  };
}

/** The sizes as a table for the console: one row per route, KB gzip per variant. */
export function routeSizesTable(sizes: RouteSizes): string {
  const kb = (bytes: number | undefined) => ((bytes ?? 0) / 1024).toFixed(1);
  const header = ['route'.padEnd(31), ...sizes.variants.map((v) => v.label.padStart(19))];
  const row = (r: RouteSize, suffix = '') => [
    `${r.route}${suffix}`.padEnd(31),
    ...sizes.variants.map((v) =>
      `${kb(r.gzipBytes[v.id])}${r.overBudget.includes(v.id) ? ' OVER' : ''}`.padStart(19),
    ),
  ];
  const lines = [
    header,
    ...sizes.routes.map((r) => row(r)),
    ...sizes.later.map((r) => row({ ...r, overBudget: [] }, ' (later)')),
  ];
  return lines.map((cells) => cells.join(' ')).join('\n');
}
