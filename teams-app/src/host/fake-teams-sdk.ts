import type { NestedAuthClient, SilentTokenResult, TeamsContext, TeamsSdk } from './teams-sdk';

/** A teams-js context as a host would report it, for tests. */
export function teamsContext(
  hostName = 'Teams',
  theme = 'default',
  subPageId?: string,
): TeamsContext {
  return { app: { theme, host: { name: hostName } }, page: { subPageId } };
}

/** How a `FakeTeamsSdk` answers. An `Error` value makes that call reject with it. */
export interface FakeTeamsSdkOptions {
  context?: TeamsContext;
  /** Default: resolves at once. `'never'` never settles (a non-Teams iframe). */
  initialize?: 'resolve' | 'never' | Error;
  naaRecommended?: boolean;
  authToken?: string | Error;
  /** `getAuthToken({ silent: true })`; default `'teams-sso-token'`. */
  silentAuthToken?: string | Error;
  silent?: SilentTokenResult | Error;
  popupToken?: string | Error;
  createNestedAuth?: 'ok' | Error;
  notifySuccess?: 'resolve' | Error;
}

function answer<T>(value: T | Error): Promise<T> {
  return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
}

/**
 * A `TeamsSdk` for tests (no mocking framework): answers from its options and records every call
 * in `calls`, in order, e.g. `'getAuthToken'`, `'getAuthToken silent'` or `'acquireTokenSilent api://x/access_as_user'`.
 */
export class FakeTeamsSdk implements TeamsSdk {
  readonly calls: string[] = [];
  #themeHandler: ((theme: string) => void) | undefined;

  constructor(readonly options: FakeTeamsSdkOptions = {}) {}

  /** Plays the host switching its theme to `raw` (a teams-js theme name). */
  emitTheme(raw: string): void {
    this.#themeHandler?.(raw);
  }

  initialize(): Promise<void> {
    this.calls.push('initialize');
    const how = this.options.initialize ?? 'resolve';
    if (how === 'never') return new Promise<void>(() => undefined);
    return answer(how === 'resolve' ? undefined : how);
  }

  getContext(): Promise<TeamsContext> {
    this.calls.push('getContext');
    return Promise.resolve(this.options.context ?? teamsContext());
  }

  registerOnThemeChangeHandler(handler: (theme: string) => void): void {
    this.calls.push('registerOnThemeChangeHandler');
    this.#themeHandler = handler;
  }

  isNAAChannelRecommended(): boolean {
    this.calls.push('isNAAChannelRecommended');
    return this.options.naaRecommended ?? false;
  }

  getAuthToken(options?: { silent?: boolean }): Promise<string> {
    if (options?.silent) {
      this.calls.push('getAuthToken silent');
      return answer(this.options.silentAuthToken ?? 'teams-sso-token');
    }
    this.calls.push('getAuthToken');
    return answer(this.options.authToken ?? 'teams-sso-token');
  }

  notifySuccess(): Promise<void> {
    this.calls.push('notifySuccess');
    const how = this.options.notifySuccess ?? 'resolve';
    return answer(how === 'resolve' ? undefined : how);
  }

  createNestedAuth(auth: { clientId: string; authority: string }): Promise<NestedAuthClient> {
    this.calls.push(`createNestedAuth ${auth.clientId} ${auth.authority}`);
    const how = this.options.createNestedAuth ?? 'ok';
    return answer(how === 'ok' ? this.#nestedClient() : how);
  }

  #nestedClient(): NestedAuthClient {
    return {
      acquireTokenSilent: (scopes) => {
        this.calls.push(`acquireTokenSilent ${scopes.join(' ')}`);
        return answer(this.options.silent ?? { kind: 'token', token: 'naa-silent-token' });
      },
      acquireTokenPopup: (scopes) => {
        this.calls.push(`acquireTokenPopup ${scopes.join(' ')}`);
        return answer(this.options.popupToken ?? 'naa-popup-token');
      },
    };
  }
}
