/**
 * The port between the Teams host logic and the SDKs (teams-js and MSAL). `teams-js-sdk.ts` is the
 * real adapter; tests pass a plain fake object. Adapters translate SDK errors into
 * `HostAuthError` / `HostCapabilityError` before they cross this port.
 */

/** The part of teams-js `app.Context` the tab reads (a real `app.Context` fits this shape). */
export interface TeamsContext {
  app: { theme: string; host: { name: string } };
  page: { subPageId?: string };
}

/** A silent token attempt: a token, or the host says the user must interact first. */
export type SilentTokenResult = { kind: 'token'; token: string } | { kind: 'interaction_required' };

/** Nested App Authentication through the host (an MSAL nestable public client). */
export interface NestedAuthClient {
  acquireTokenSilent(scopes: string[]): Promise<SilentTokenResult>;
  /** Interactive sign-in (the host brokers the window); resolves to an access token. */
  acquireTokenPopup(scopes: string[]): Promise<string>;
}

/** What the Teams host needs from teams-js and MSAL. */
export interface TeamsSdk {
  /** `app.initialize()`: connects to Teams, Outlook or Microsoft 365. */
  initialize(): Promise<void>;
  /** `app.getContext()`. */
  getContext(): Promise<TeamsContext>;
  /** `app.registerOnThemeChangeHandler`: the host reports its new theme name. */
  registerOnThemeChangeHandler(handler: (theme: string) => void): void;
  /** `nestedAppAuth.isNAAChannelRecommended()`. */
  isNAAChannelRecommended(): boolean;
  /**
   * `authentication.getAuthToken()`: the Teams SSO token for the manifest's resource. With
   * `silent`, the host shows no prompt and rejects instead.
   */
  getAuthToken(options?: { silent?: boolean }): Promise<string>;
  /** `app.notifySuccess()`: hides the host's loading indicator. */
  notifySuccess(): Promise<void>;
  /** `createNestablePublicClientApplication(...)` wrapped as a `NestedAuthClient`. */
  createNestedAuth(auth: { clientId: string; authority: string }): Promise<NestedAuthClient>;
}
