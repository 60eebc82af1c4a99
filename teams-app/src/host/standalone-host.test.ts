import { fakeWindow, memoryStorage } from './fake-window';
import type { ThemeName } from './host';
import { createStandaloneHost, darkQuery, forcedColorsQuery } from './standalone-host';

describe('standalone host: theme', () => {
  it.each<[string, { dark?: boolean; forcedColors?: boolean }, ThemeName]>([
    ['light OS', {}, 'default'],
    ['dark OS', { dark: true }, 'dark'],
    ['forced colors', { forcedColors: true }, 'contrast'],
    ['forced colors over dark', { dark: true, forcedColors: true }, 'contrast'],
  ])('%s -> %s', (_case, options, theme) => {
    expect(createStandaloneHost(fakeWindow(options)).theme).toBe(theme);
  });

  it('follows live changes of both media queries, once per actual change', () => {
    const win = fakeWindow();
    const host = createStandaloneHost(win);
    const seen: ThemeName[] = [];
    host.onThemeChange((theme) => seen.push(theme));
    win.media.get(darkQuery)!.set(true);
    win.media.get(forcedColorsQuery)!.set(true);
    win.media.get(darkQuery)!.set(false);
    win.media.get(forcedColorsQuery)!.set(false);
    expect(seen).toEqual(['dark', 'contrast', 'default']);
    expect(host.theme).toBe('default');
  });
});

describe('standalone host: facts', () => {
  it('reads the deep link from the URL and is a quiet standalone host', () => {
    const host = createStandaloneHost(fakeWindow({ href: 'https://n.test/#/goals/g-9' }));
    host.notifySuccess();
    expect({ kind: host.kind, deepLink: host.deepLink, reason: host.fallbackReason }).toEqual({
      kind: 'standalone',
      deepLink: { goalId: 'g-9' },
      reason: undefined,
    });
  });

  it('records why it fell back to standalone', () => {
    const host = createStandaloneHost(fakeWindow(), { fallbackReason: 'no answer' });
    expect(host.fallbackReason).toBe('no answer');
  });
});

describe('standalone host: dev sign-in', () => {
  it('returns the dev token kept in sessionStorage', async () => {
    const storage = memoryStorage();
    storage.setItem('northstar.devToken', 'dev-abc');
    await expect(createStandaloneHost(fakeWindow({ storage })).getToken()).resolves.toBe('dev-abc');
  });

  it('returns null when nobody signed in', async () => {
    await expect(createStandaloneHost(fakeWindow()).getToken()).resolves.toBeNull();
  });

  it('signs in and out, storing the token and telling listeners', async () => {
    const storage = memoryStorage();
    const host = createStandaloneHost(fakeWindow({ storage }));
    let changes = 0;
    const stop = host.devSignIn!.onChange(() => (changes += 1));
    host.devSignIn!.signIn('dev-xyz');
    expect(storage.getItem('northstar.devToken')).toBe('dev-xyz');
    await expect(host.getToken()).resolves.toBe('dev-xyz');
    host.devSignIn!.signOut();
    await expect(host.getToken()).resolves.toBeNull();
    stop();
    host.devSignIn!.signIn('ignored-by-the-stopped-listener');
    expect(changes).toBe(2);
  });

  it('keeps the token in memory when sessionStorage is blocked', async () => {
    const host = createStandaloneHost(fakeWindow({ storage: 'blocked' }));
    host.devSignIn!.signIn('dev-mem');
    await expect(host.getToken()).resolves.toBe('dev-mem');
  });
});
