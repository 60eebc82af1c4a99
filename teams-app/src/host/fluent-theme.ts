import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { HostKind, ThemeName } from './host';

/**
 * The Fluent theme for a host theme. Every host kind gets the Teams themes, standalone included:
 * Outlook and microsoft365.com render Teams apps with them too, and a local browser run then
 * looks the way the tab looks in Teams. `kind` is taken so the call site stays the same should a
 * host ever need its own theme.
 */
export function fluentThemeFor(theme: ThemeName, _kind: HostKind): Theme {
  switch (theme) {
    case 'default':
      return teamsLightTheme;
    case 'dark':
      return teamsDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
  }
}
