import { detectHost } from './detect-host';
import { FakeTeamsSdk, teamsContext } from './fake-teams-sdk';
import { fakeWindow } from './fake-window';

describe('detectHost: top-level page', () => {
  it('is standalone without touching the Teams SDK', async () => {
    const sdk = new FakeTeamsSdk();
    const host = await detectHost({ config: {}, window: fakeWindow(), sdk });
    expect({ kind: host.kind, reason: host.fallbackReason, calls: sdk.calls }).toEqual({
      kind: 'standalone',
      reason: undefined,
      calls: [],
    });
  });
});

describe('detectHost: framed page', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('falls back to standalone exactly at the timeout when the host never answers', async () => {
    jest.useFakeTimers();
    const sdk = new FakeTeamsSdk({ initialize: 'never' });
    let settled = false;
    const detecting = detectHost({
      config: {},
      window: fakeWindow({ framed: true }),
      sdk,
      initializeTimeoutMs: 50,
    }).finally(() => (settled = true));
    await jest.advanceTimersByTimeAsync(49);
    expect(settled).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    const host = await detecting;
    expect({ kind: host.kind, reason: host.fallbackReason }).toEqual({
      kind: 'standalone',
      reason: 'No Teams, Outlook or Microsoft 365 host answered within 50 ms.',
    });
  });

  it('falls back to standalone when the host refuses to connect', async () => {
    const sdk = new FakeTeamsSdk({ initialize: new Error('origin not allowed') });
    const host = await detectHost({ config: {}, window: fakeWindow({ framed: true }), sdk });
    expect({ kind: host.kind, reason: host.fallbackReason }).toEqual({
      kind: 'standalone',
      reason: 'The host refused to connect (origin not allowed).',
    });
  });

  it('becomes the host that answered, using the config for tokens, and clears its timer', async () => {
    jest.useFakeTimers();
    const sdk = new FakeTeamsSdk({
      context: teamsContext('Outlook', 'dark', 'goal-3'),
      naaRecommended: true,
      // No single sign-on for the app here, so the token comes through NAA and the config.
      silentAuthToken: new Error('resourceRequiresConsent'),
    });
    const host = await detectHost({
      config: { clientId: 'c-9', apiScope: 'api://n/access_as_user' },
      window: fakeWindow({ framed: true }),
      sdk,
    });
    expect(jest.getTimerCount()).toBe(0);
    await expect(host.getToken()).resolves.toBe('naa-silent-token');
    expect({ kind: host.kind, theme: host.theme, deepLink: host.deepLink }).toEqual({
      kind: 'outlook',
      theme: 'dark',
      deepLink: { goalId: 'goal-3' },
    });
    expect(sdk.calls.slice(0, 2)).toEqual(['initialize', 'getContext']);
    expect(sdk.calls).toContain('createNestedAuth c-9 https://login.microsoftonline.com/common');
  });

  it('loads the real teams-js when no SDK is given, and goes standalone when it finds no parent', async () => {
    const host = await detectHost({
      config: {},
      window: fakeWindow({ framed: true }),
      initializeTimeoutMs: 200,
    });
    expect(host.kind).toBe('standalone');
    // jsdom's own window has no parent, so the real teams-js gives up at once.
    expect(host.fallbackReason).toBe(
      'The host refused to connect (Initialization Failed. No Parent window found.).',
    );
  });
});
