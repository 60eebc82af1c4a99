import { deepLinkFromUrl } from './deep-link';
import { createDevTokenStore, type DevTokenStore } from './dev-token-store';
import type { DeepLink, Host, ThemeName } from './host';
import { ListenerSet } from './listener-set';

/** A media query as the standalone host uses it (a real `MediaQueryList` fits). */
export interface MediaQueryWatch {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: () => void): void;
}

/** The parts of `window` the standalone host reads (the real `window` fits). */
export interface StandaloneWindow {
  matchMedia(query: string): MediaQueryWatch;
  readonly location: { readonly href: string };
  readonly sessionStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/** Extra facts for a standalone host. */
export interface StandaloneHostOptions {
  /** Why a framed page fell back to standalone (see `Host.fallbackReason`). */
  fallbackReason?: string;
}

/** The OS dark-mode media query. */
export const darkQuery = '(prefers-color-scheme: dark)';
/** The OS high-contrast (forced colors) media query; it wins over dark. */
export const forcedColorsQuery = '(forced-colors: active)';

/**
 * The host in a plain browser tab (local dev): theme from the OS (`forced-colors: active` ->
 * `contrast`, `prefers-color-scheme: dark` -> `dark`) followed live; deep link from `?goal=<id>`
 * or `#/goals/<id>`; the token is the dev token in sessionStorage (`northstar.devToken`), set
 * through `devSignIn`; `notifySuccess` does nothing.
 */
export function createStandaloneHost(
  win: StandaloneWindow,
  options: StandaloneHostOptions = {},
): Host {
  return new StandaloneHost(win, options);
}

class StandaloneHost implements Host {
  readonly kind = 'standalone';
  readonly deepLink: DeepLink;
  readonly fallbackReason: string | undefined;
  readonly devSignIn: NonNullable<Host['devSignIn']>;
  readonly #themeListeners = new ListenerSet<ThemeName>();
  readonly #signInListeners = new ListenerSet<undefined>();
  readonly #tokens: DevTokenStore;
  readonly #dark: MediaQueryWatch;
  readonly #forced: MediaQueryWatch;
  #theme: ThemeName;

  constructor(win: StandaloneWindow, options: StandaloneHostOptions) {
    this.deepLink = deepLinkFromUrl(win.location.href);
    this.fallbackReason = options.fallbackReason;
    this.#dark = win.matchMedia(darkQuery);
    this.#forced = win.matchMedia(forcedColorsQuery);
    this.#theme = this.#currentTheme();
    const follow = () => {
      this.#updateTheme();
    };
    this.#dark.addEventListener('change', follow);
    this.#forced.addEventListener('change', follow);
    this.#tokens = createDevTokenStore(() => win.sessionStorage);
    this.devSignIn = {
      signIn: (token) => {
        this.#setToken(token);
      },
      signOut: () => {
        this.#setToken(null);
      },
      onChange: (listener) => this.#signInListeners.add(listener),
    };
  }

  get theme(): ThemeName {
    return this.#theme;
  }

  onThemeChange(listener: (theme: ThemeName) => void): () => void {
    return this.#themeListeners.add(listener);
  }

  getToken(): Promise<string | null> {
    return Promise.resolve(this.#tokens.get());
  }

  notifySuccess(): void {
    // No host is waiting for a load signal in a plain browser tab.
  }

  #setToken(token: string | null): void {
    this.#tokens.set(token);
    this.#signInListeners.emit(undefined);
  }

  #currentTheme(): ThemeName {
    if (this.#forced.matches) return 'contrast';
    return this.#dark.matches ? 'dark' : 'default';
  }

  #updateTheme(): void {
    const theme = this.#currentTheme();
    if (theme === this.#theme) return;
    this.#theme = theme;
    this.#themeListeners.emit(theme);
  }
}
