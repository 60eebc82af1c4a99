import { app, authentication, nestedAppAuth } from '@microsoft/teams-js';
import { HostAuthError, HostCapabilityError } from './host-errors';
import type { TeamsSdk } from './teams-sdk';

/**
 * The real `TeamsSdk`, bound to `@microsoft/teams-js` and `@azure/msal-browser`. Every call but
 * `initialize` first checks that `app.initialize()` completed and throws `HostCapabilityError`
 * otherwise. (`app`, `authentication` and `nestedAppAuth` have no `isSupported()` in teams-js 2.x;
 * the NAA check is `isNAAChannelRecommended()` itself.)
 */
export function createTeamsJsSdk(): TeamsSdk {
  return {
    initialize: () => app.initialize(),
    getContext: async () => {
      requireInitialized('app.getContext');
      return app.getContext();
    },
    registerOnThemeChangeHandler: (handler) => {
      requireInitialized('app.registerOnThemeChangeHandler');
      app.registerOnThemeChangeHandler(handler);
    },
    isNAAChannelRecommended: () => {
      requireInitialized('nestedAppAuth.isNAAChannelRecommended');
      return nestedAppAuth.isNAAChannelRecommended();
    },
    getAuthToken: async (options) => {
      requireInitialized('authentication.getAuthToken');
      return authentication.getAuthToken(options).catch((error: unknown) => {
        throw teamsAuthError(error);
      });
    },
    notifySuccess: async () => {
      requireInitialized('app.notifySuccess');
      await app.notifySuccess();
    },
    createNestedAuth: async (auth) => {
      requireInitialized('nestedAppAuth');
      // MSAL is loaded only when Nested App Authentication is really used: it is the biggest
      // part of the host code, and `getAuthToken()` hosts never need it.
      const { createMsalNestedAuth } = await import('./msal-nested-auth');
      return createMsalNestedAuth(auth);
    },
  };
}

function requireInitialized(capability: string): void {
  if (!app.isInitialized()) throw new HostCapabilityError(capability, 'not_initialized');
}

/**
 * Translates a `getAuthToken()` rejection (an `Error` whose message is the host's reason, e.g.
 * `resourceRequiresConsent`, `CancelledByUser`) into a `HostAuthError`.
 */
export function teamsAuthError(error: unknown): HostAuthError {
  const reason = error instanceof Error ? error.message : String(error);
  if (/consent/i.test(reason)) return new HostAuthError('consent_required', { cause: error });
  if (/cancel/i.test(reason)) return new HostAuthError('sign_in_cancelled', { cause: error });
  return new HostAuthError('token_unavailable', { cause: error });
}
