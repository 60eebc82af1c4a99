import { deepLinkForGoal } from './deep-link';
import type { DeepLink, HostKind, ThemeName } from './host';
import type { TeamsContext } from './teams-sdk';

/**
 * teams-js `HostName` values (`context.app.host.name`) and the kind each means here. Any other
 * Microsoft 365 host (`Office`, `Places`, a future one) is `m365`: not Teams, not Outlook.
 */
const hostKinds: Readonly<Record<string, HostKind>> = {
  Teams: 'teams',
  TeamsModern: 'teams',
  Outlook: 'outlook',
  OutlookWin32: 'outlook',
  Office: 'm365',
};

/** The host kind for a teams-js host name. */
export function hostKindFromName(name: string): HostKind {
  return hostKinds[name] ?? 'm365';
}

/** The theme for a teams-js theme name; unknown names (e.g. `glass`) fall back to `default`. */
export function themeFromTeams(name: string): ThemeName {
  switch (name) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'default';
  }
}

/** What the tab learns from the host context at start: where it runs, the theme, the deep link. */
export interface HostFacts {
  kind: HostKind;
  theme: ThemeName;
  deepLink: DeepLink;
}

/** Reads `HostFacts` from a teams-js context (`page.subPageId` carries the goal id). */
export function hostFactsFrom(context: TeamsContext): HostFacts {
  return {
    kind: hostKindFromName(context.app.host.name),
    theme: themeFromTeams(context.app.theme),
    deepLink: deepLinkForGoal(context.page.subPageId),
  };
}
