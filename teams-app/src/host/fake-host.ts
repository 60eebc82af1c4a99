import type { DeepLink, Host, HostKind, ThemeName } from './host';
import type { OutlookTaskPane } from './outlook/appointment-port';
import { ListenerSet } from './listener-set';

/** How a `FakeHost` starts. */
export interface FakeHostOptions {
  /** Default `teams`. `devSignIn` exists only for `standalone`, as on real hosts. */
  kind?: HostKind;
  /** Default `default`. */
  theme?: ThemeName;
  /** What `getToken()` resolves to. Default `'fake-token'` (`null` = nobody signed in). */
  token?: string | null;
  /** When set, `getToken()` rejects with it (e.g. a `HostAuthError`) instead. */
  tokenError?: Error;
  /** Default `{}`. */
  deepLink?: DeepLink;
  fallbackReason?: string;
  /** Set to play the Outlook task pane (e.g. with a `FakeAppointment`). */
  outlookTaskPane?: OutlookTaskPane;
}

/**
 * An in-memory `Host` for tests of this folder and of screens: change the theme with
 * `setTheme`, count `getToken()` calls in `tokenRequests` and `notifySuccess()` calls in
 * `notifySuccessCalls` (every call, so a test can prove the app signals once).
 */
export class FakeHost implements Host {
  readonly kind: HostKind;
  readonly deepLink: DeepLink;
  readonly fallbackReason: string | undefined;
  readonly outlookTaskPane: OutlookTaskPane | undefined;
  readonly devSignIn: Host['devSignIn'];
  notifySuccessCalls = 0;
  tokenRequests = 0;
  readonly #themeListeners = new ListenerSet<ThemeName>();
  readonly #signInListeners = new ListenerSet<undefined>();
  #theme: ThemeName;
  #token: string | null;
  readonly #tokenError: Error | undefined;

  constructor(options: FakeHostOptions = {}) {
    this.kind = options.kind ?? 'teams';
    this.deepLink = options.deepLink ?? {};
    this.fallbackReason = options.fallbackReason;
    this.outlookTaskPane = options.outlookTaskPane;
    this.#theme = options.theme ?? 'default';
    this.#token = options.token === undefined ? 'fake-token' : options.token;
    this.#tokenError = options.tokenError;
    this.devSignIn =
      this.kind === 'standalone'
        ? {
            signIn: (token) => {
              this.#setToken(token);
            },
            signOut: () => {
              this.#setToken(null);
            },
            onChange: (listener) => this.#signInListeners.add(listener),
          }
        : undefined;
  }

  get theme(): ThemeName {
    return this.#theme;
  }

  /** Changes the theme and tells the listeners, as a host theme switch would (no-op if unchanged). */
  setTheme(theme: ThemeName): void {
    if (theme === this.#theme) return;
    this.#theme = theme;
    this.#themeListeners.emit(theme);
  }

  /** How many theme listeners are subscribed (to prove components unsubscribe). */
  get themeListenerCount(): number {
    return this.#themeListeners.size;
  }

  onThemeChange(listener: (theme: ThemeName) => void): () => void {
    return this.#themeListeners.add(listener);
  }

  getToken(): Promise<string | null> {
    this.tokenRequests += 1;
    if (this.#tokenError) return Promise.reject(this.#tokenError);
    return Promise.resolve(this.#token);
  }

  notifySuccess(): void {
    this.notifySuccessCalls += 1;
  }

  #setToken(token: string | null): void {
    this.#token = token;
    this.#signInListeners.emit(undefined);
  }
}
