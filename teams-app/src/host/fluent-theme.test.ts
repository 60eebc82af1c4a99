import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import { fluentThemeFor } from './fluent-theme';
import type { HostKind } from './host';

const kinds: HostKind[] = ['teams', 'outlook', 'm365', 'standalone'];
const expected = [
  ['default', teamsLightTheme, 'teamsLightTheme'],
  ['dark', teamsDarkTheme, 'teamsDarkTheme'],
  ['contrast', teamsHighContrastTheme, 'teamsHighContrastTheme'],
] as const;
const table = kinds.flatMap((kind) =>
  expected.map(([theme, fluent, name]) => [theme, kind, name, fluent] as const),
);

describe('fluentThemeFor', () => {
  it.each(table)('%s in %s -> %s', (theme, kind, _name, fluent) => {
    expect(fluentThemeFor(theme, kind)).toBe(fluent);
  });
});
