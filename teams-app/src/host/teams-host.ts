import type { HostConfig } from './host-config';
import { toHostAuthError } from './host-errors';
import type { DeepLink, Host, HostKind, ThemeName } from './host';
import { ListenerSet } from './listener-set';
import { untilFirstFailure } from './until-first-failure';
import { hostFactsFrom, themeFromTeams } from './teams-context';
import type { NestedAuthClient, TeamsContext, TeamsSdk } from './teams-sdk';

/** The authority for Nested App Authentication: any work account, the tenant comes from the host. */
export const naaAuthority = 'https://login.microsoftonline.com/common';

/** What a Teams host is made from: a connected SDK, the context it reported, the page's config. */
export interface TeamsHostOptions {
  sdk: TeamsSdk;
  context: TeamsContext;
  config: HostConfig;
}

/**
 * The host inside Teams, Outlook or microsoft365.com, after `app.initialize()` succeeded.
 * Registers the theme change handler at once. Tokens: when the host recommends Nested App
 * Authentication and `config` names the client and scope, first the host's single sign-on
 * without any prompt (`getAuthToken({ silent: true })`, which needs no library code), and once
 * that has failed, NAA through MSAL (which can prompt); otherwise `getAuthToken()`.
 */
export function createTeamsHost(options: TeamsHostOptions): Host {
  return new TeamsHost(options);
}

class TeamsHost implements Host {
  readonly kind: HostKind;
  readonly deepLink: DeepLink;
  readonly #sdk: TeamsSdk;
  readonly #config: HostConfig;
  readonly #themeListeners = new ListenerSet<ThemeName>();
  #theme: ThemeName;
  #notified = false;
  #nestedAuth: Promise<NestedAuthClient> | undefined;
  readonly #silentSso: () => Promise<string | null>;

  constructor({ sdk, context, config }: TeamsHostOptions) {
    const facts = hostFactsFrom(context);
    this.kind = facts.kind;
    this.deepLink = facts.deepLink;
    this.#theme = facts.theme;
    this.#sdk = sdk;
    this.#config = config;
    // The host's single sign-on without prompts: no library code, so where the app's single
    // sign-on is set up the first screen does not wait for MSAL (72 KB gzip).
    this.#silentSso = untilFirstFailure(() => sdk.getAuthToken({ silent: true }));
    sdk.registerOnThemeChangeHandler((raw) => {
      this.#setTheme(themeFromTeams(raw));
    });
  }

  get theme(): ThemeName {
    return this.#theme;
  }

  onThemeChange(listener: (theme: ThemeName) => void): () => void {
    return this.#themeListeners.add(listener);
  }

  async getToken(): Promise<string> {
    try {
      const { clientId, apiScope } = this.#config;
      if (clientId && apiScope && this.#sdk.isNAAChannelRecommended()) {
        return (await this.#silentSso()) ?? (await this.#nestedToken(clientId, apiScope));
      }
      return await this.#sdk.getAuthToken();
    } catch (error) {
      throw toHostAuthError(error);
    }
  }

  notifySuccess(): void {
    if (this.#notified) return;
    this.#notified = true;
    this.#sdk.notifySuccess().catch((error: unknown) => {
      // Nothing the user can do: the host shows its own "app did not load" notice after 30 s.
      console.warn('The host did not take the load-success signal', error);
    });
  }

  #setTheme(theme: ThemeName): void {
    if (theme === this.#theme) return;
    this.#theme = theme;
    this.#themeListeners.emit(theme);
  }

  async #nestedToken(clientId: string, apiScope: string): Promise<string> {
    const client = await this.#nestedClient(clientId);
    const silent = await client.acquireTokenSilent([apiScope]);
    if (silent.kind === 'token') return silent.token;
    return client.acquireTokenPopup([apiScope]);
  }

  /** One MSAL client per host, created on first use; a failed creation is retried next time. */
  #nestedClient(clientId: string): Promise<NestedAuthClient> {
    this.#nestedAuth ??= this.#sdk
      .createNestedAuth({ clientId, authority: naaAuthority })
      .catch((error: unknown) => {
        this.#nestedAuth = undefined;
        throw error;
      });
    return this.#nestedAuth;
  }
}
