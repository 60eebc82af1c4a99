import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { MeResponse, Person } from '@northstar/shared';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { ApiClient } from '../api/api-client';
import { AppContext } from '../app/app-context';
import type { AppRoute } from '../app/routes';

/** The three Teams themes every screen is checked in. */
export const THEMES: [string, Theme][] = [
  ['light', teamsLightTheme],
  ['dark', teamsDarkTheme],
  ['high contrast', teamsHighContrastTheme],
];

/** A demo person for tests. */
export function testPerson(overrides: Partial<Person> = {}): Person {
  return {
    id: 'arjun-mehta',
    displayName: 'Arjun Mehta',
    mail: 'arjun.mehta@contoso.example',
    jobTitle: 'Senior Software Engineer',
    department: 'Engineering',
    managerId: 'priya-raman',
    timeZone: 'Europe/London',
    workingHours: {
      days: ['monday', 'tuesday'],
      startTime: '09:00',
      endTime: '17:30',
      timeZone: 'Europe/London',
    },
    ...overrides,
  };
}

/** `GET /api/me` for tests: an employee unless told otherwise. */
export function testMe(overrides: Partial<MeResponse> = {}): MeResponse {
  return {
    tenantId: 'tenant-1',
    person: testPerson(),
    roles: ['employee'],
    manager: testPerson({ id: 'priya-raman', displayName: 'Priya Raman', managerId: null }),
    directReports: [],
    ...overrides,
  };
}

export interface ScreenHarness extends RenderResult {
  navigations: AppRoute[];
}

/**
 * Renders a screen inside the app's context with a fake API: pass an object with just the
 * ApiClient methods the screen calls (a plain fake, no mocking library).
 */
export function renderScreen(
  screen: ReactElement,
  options: { api: Partial<Record<keyof ApiClient, unknown>>; me?: MeResponse; theme?: Theme },
): ScreenHarness {
  const navigations: AppRoute[] = [];
  const value = {
    api: options.api as unknown as ApiClient,
    me: options.me ?? testMe(),
    navigate: (route: AppRoute) => navigations.push(route),
  };
  const result = render(
    <FluentProvider theme={options.theme ?? teamsLightTheme}>
      <AppContext.Provider value={value}>{screen}</AppContext.Provider>
    </FluentProvider>,
  );
  return { ...result, navigations };
}

/** A promise that never settles: keeps a screen in its loading state. */
export function pending<T>(): Promise<T> {
  return new Promise<T>(() => undefined);
}
