import { FakeTeamsSdk, teamsContext, type FakeTeamsSdkOptions } from './fake-teams-sdk';
import type { HostConfig } from './host-config';
import { HostAuthError, HostCapabilityError } from './host-errors';
import type { ThemeName } from './host';
import { createTeamsHost, naaAuthority } from './teams-host';

const config: HostConfig = { clientId: 'client-1', apiScope: 'api://northstar/access_as_user' };

function hostWith(options: FakeTeamsSdkOptions, hostConfig: HostConfig = config) {
  const sdk = new FakeTeamsSdk(options);
  const host = createTeamsHost({
    sdk,
    context: sdk.options.context ?? teamsContext(),
    config: hostConfig,
  });
  return { sdk, host };
}

describe('Teams host: facts from the context', () => {
  it('takes kind, theme and the goal deep link from the host context', () => {
    const { host } = hostWith({ context: teamsContext('Outlook', 'dark', 'goal-42') });
    expect({ kind: host.kind, theme: host.theme, deepLink: host.deepLink }).toEqual({
      kind: 'outlook',
      theme: 'dark',
      deepLink: { goalId: 'goal-42' },
    });
  });

  it('follows theme changes reported by the host, telling listeners once per change', () => {
    const { sdk, host } = hostWith({});
    const seen: ThemeName[] = [];
    const stop = host.onThemeChange((theme) => seen.push(theme));
    sdk.emitTheme('dark');
    sdk.emitTheme('dark');
    sdk.emitTheme('contrast');
    stop();
    sdk.emitTheme('default');
    expect(seen).toEqual(['dark', 'contrast']);
    expect(host.theme).toBe('default');
  });
});

describe('Teams host: getToken', () => {
  /** The host recommends NAA, and has no single sign-on for the app. */
  const naaOnly = (options: FakeTeamsSdkOptions = {}): FakeTeamsSdkOptions => ({
    naaRecommended: true,
    silentAuthToken: new Error('resourceRequiresConsent'),
    ...options,
  });

  it('takes the host single sign-on silently when NAA is recommended, without MSAL', async () => {
    const { sdk, host } = hostWith({ naaRecommended: true });
    await expect(host.getToken()).resolves.toBe('teams-sso-token');
    expect(sdk.calls).toEqual([
      'registerOnThemeChangeHandler',
      'isNAAChannelRecommended',
      'getAuthToken silent',
    ]);
  });

  it('uses Nested App Authentication when the host recommends it and has no silent token', async () => {
    const { sdk, host } = hostWith(naaOnly());
    await expect(host.getToken()).resolves.toBe('naa-silent-token');
    expect(sdk.calls).toEqual([
      'registerOnThemeChangeHandler',
      'isNAAChannelRecommended',
      'getAuthToken silent',
      `createNestedAuth client-1 ${naaAuthority}`,
      'acquireTokenSilent api://northstar/access_as_user',
    ]);
  });

  it('asks for the silent single sign-on only until it has failed once', async () => {
    const { sdk, host } = hostWith(naaOnly());
    await host.getToken();
    await host.getToken();
    expect(sdk.calls.filter((call) => call === 'getAuthToken silent')).toHaveLength(1);
    expect(sdk.calls.filter((call) => call.startsWith('acquireTokenSilent'))).toHaveLength(2);
  });

  it('creates one MSAL client per host, also for concurrent requests', async () => {
    const { sdk, host } = hostWith(naaOnly());
    await Promise.all([host.getToken(), host.getToken()]);
    await host.getToken();
    expect(sdk.calls.filter((call) => call.startsWith('createNestedAuth'))).toHaveLength(1);
  });

  it('retries creating the MSAL client after a failed creation', async () => {
    const { sdk, host } = hostWith(naaOnly({ createNestedAuth: new Error('boom') }));
    await expect(host.getToken()).rejects.toBeInstanceOf(HostAuthError);
    await expect(host.getToken()).rejects.toBeInstanceOf(HostAuthError);
    expect(sdk.calls.filter((call) => call.startsWith('createNestedAuth'))).toHaveLength(2);
  });

  it('falls back to a popup when the silent attempt needs interaction', async () => {
    const { sdk, host } = hostWith(naaOnly({ silent: { kind: 'interaction_required' } }));
    await expect(host.getToken()).resolves.toBe('naa-popup-token');
    expect(sdk.calls.slice(-2)).toEqual([
      'acquireTokenSilent api://northstar/access_as_user',
      'acquireTokenPopup api://northstar/access_as_user',
    ]);
  });

  it.each<[string, FakeTeamsSdkOptions, HostConfig]>([
    ['the host does not recommend NAA', { naaRecommended: false }, config],
    ['no client id is configured', { naaRecommended: true }, { apiScope: 'api://x/y' }],
    ['no API scope is configured', { naaRecommended: true }, { clientId: 'client-1' }],
  ])('uses getAuthToken() when %s', async (_case, options, hostConfig) => {
    const { sdk, host } = hostWith(options, hostConfig);
    await expect(host.getToken()).resolves.toBe('teams-sso-token');
    expect(sdk.calls.filter((call) => call.startsWith('getAuthToken'))).toEqual(['getAuthToken']);
    expect(sdk.calls.some((call) => call.startsWith('createNestedAuth'))).toBe(false);
  });

  it.each<[string, FakeTeamsSdkOptions, string]>([
    [
      'a HostAuthError from the adapter',
      { authToken: new HostAuthError('consent_required') },
      'consent_required',
    ],
    ['an unknown failure', { authToken: new Error('kaput') }, 'token_unavailable'],
    [
      'a popup failure',
      naaOnly({
        silent: { kind: 'interaction_required' },
        popupToken: new HostAuthError('popup_blocked'),
      }),
      'popup_blocked',
    ],
    [
      'a lost host connection',
      { authToken: new HostCapabilityError('authentication.getAuthToken', 'not_initialized') },
      'host_unavailable',
    ],
  ])('turns %s into a HostAuthError', async (_case, options, code) => {
    const { host } = hostWith(options);
    await expect(host.getToken()).rejects.toMatchObject({ name: 'HostAuthError', code });
  });
});

describe('Teams host: notifySuccess', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('tells the host once, however often it is called', () => {
    const { sdk, host } = hostWith({});
    host.notifySuccess();
    host.notifySuccess();
    expect(sdk.calls.filter((call) => call === 'notifySuccess')).toHaveLength(1);
  });

  it('warns (and does not throw) when the host rejects the signal', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { host } = hostWith({ notifySuccess: new Error('late') });
    host.notifySuccess();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
