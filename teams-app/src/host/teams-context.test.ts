import { teamsContext } from './fake-teams-sdk';
import type { HostKind, ThemeName } from './host';
import { hostFactsFrom, hostKindFromName, themeFromTeams } from './teams-context';

describe('teams-js host names', () => {
  it.each<[string, HostKind]>([
    ['Teams', 'teams'],
    ['TeamsModern', 'teams'],
    ['Outlook', 'outlook'],
    ['OutlookWin32', 'outlook'],
    ['Office', 'm365'],
    ['Places', 'm365'],
    ['SomeFutureHost', 'm365'],
  ])('%s is %s', (name, kind) => {
    expect(hostKindFromName(name)).toBe(kind);
  });
});

describe('teams-js theme names', () => {
  it.each<[string, ThemeName]>([
    ['default', 'default'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['glass', 'default'],
    ['', 'default'],
  ])('%j is %s', (name, theme) => {
    expect(themeFromTeams(name)).toBe(theme);
  });
});

describe('hostFactsFrom', () => {
  it.each([
    ['a goal id in subPageId', 'goal-7', { goalId: 'goal-7' }],
    ['no subPageId', undefined, {}],
    ['an invalid id', '../admin', {}],
  ])('reads the deep link from %s', (_case, subPageId, deepLink) => {
    expect(hostFactsFrom(teamsContext('Office', 'contrast', subPageId))).toEqual({
      kind: 'm365',
      theme: 'contrast',
      deepLink,
    });
  });
});
