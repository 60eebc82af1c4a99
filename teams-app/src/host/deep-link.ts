import { IdSchema } from '@northstar/shared';
import type { DeepLink } from './host';

/**
 * A deep link carrying `raw` as the goal id, or no goal when `raw` is absent or not a valid id
 * (the same id rule as the API, so a tampered link never reaches a request).
 */
export function deepLinkForGoal(raw: string | null | undefined): DeepLink {
  if (raw === null || raw === undefined) return {};
  const parsed = IdSchema.safeParse(raw.trim());
  return parsed.success ? { goalId: parsed.data } : {};
}

const hashGoalRoute = /^#\/goals\/([^/?#]+)\/?$/;
const pathGoalRoute = /^\/goals\/([^/?#]+)\/?$/;

/**
 * The deep link in a standalone page URL: `?goal=<id>` first, else the hash route
 * `#/goals/<id>`, else a goal link's path `/goals/<id>` (what a chat unfurls and "Open in Teams"
 * points to); anything else means no goal.
 */
export function deepLinkFromUrl(href: string): DeepLink {
  const url = new URL(href);
  const fromQuery = url.searchParams.get('goal');
  if (fromQuery !== null) return deepLinkForGoal(fromQuery);
  const match =
    hashGoalRoute.exec(url.hash) ?? (url.hash === '' ? pathGoalRoute.exec(url.pathname) : null);
  return deepLinkForGoal(match?.[1] === undefined ? undefined : safeDecode(match[1]));
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed %-escape is a broken link, not an error to surface: treat it as no goal.
    return undefined;
  }
}
