import { FakeHost } from './fake-host';
import { HostAuthError } from './host-errors';
import type { ThemeName } from './host';

describe('FakeHost', () => {
  it('starts from its defaults', async () => {
    const host = new FakeHost();
    await expect(host.getToken()).resolves.toBe('fake-token');
    expect({
      kind: host.kind,
      theme: host.theme,
      deepLink: host.deepLink,
      devSignIn: host.devSignIn,
    }).toEqual({ kind: 'teams', theme: 'default', deepLink: {}, devSignIn: undefined });
  });

  it('fires theme listeners on a real change only, until unsubscribed', () => {
    const host = new FakeHost({ theme: 'dark' });
    const seen: ThemeName[] = [];
    const stop = host.onThemeChange((theme) => seen.push(theme));
    host.setTheme('dark');
    host.setTheme('contrast');
    stop();
    host.setTheme('default');
    expect({ seen, theme: host.theme, listeners: host.themeListenerCount }).toEqual({
      seen: ['contrast'],
      theme: 'default',
      listeners: 0,
    });
  });

  it('counts token requests and notifySuccess calls', async () => {
    const host = new FakeHost({ token: null });
    await expect(host.getToken()).resolves.toBeNull();
    await host.getToken();
    host.notifySuccess();
    expect({ tokens: host.tokenRequests, notified: host.notifySuccessCalls }).toEqual({
      tokens: 2,
      notified: 1,
    });
  });

  it('rejects getToken with the error it was given', async () => {
    const error = new HostAuthError('consent_required');
    await expect(new FakeHost({ tokenError: error }).getToken()).rejects.toBe(error);
  });

  it('signs in and out in memory when standalone, telling listeners', async () => {
    const host = new FakeHost({ kind: 'standalone', token: null, deepLink: { goalId: 'g' } });
    let changes = 0;
    host.devSignIn!.onChange(() => (changes += 1));
    host.devSignIn!.signIn('dev-1');
    await expect(host.getToken()).resolves.toBe('dev-1');
    host.devSignIn!.signOut();
    await expect(host.getToken()).resolves.toBeNull();
    expect({ changes, deepLink: host.deepLink }).toEqual({ changes: 2, deepLink: { goalId: 'g' } });
  });
});
