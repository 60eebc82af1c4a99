import {
  AuthError,
  BrowserAuthErrorCodes,
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  InteractionRequiredAuthErrorCodes,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { app, authentication, nestedAppAuth } from '@microsoft/teams-js';
import { HostAuthError, HostCapabilityError } from './host-errors';
import type { NestedAuthClient, SilentTokenResult, TeamsSdk } from './teams-sdk';

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
    getAuthToken: async () => {
      requireInitialized('authentication.getAuthToken');
      return authentication.getAuthToken().catch((error: unknown) => {
        throw teamsAuthError(error);
      });
    },
    notifySuccess: async () => {
      requireInitialized('app.notifySuccess');
      await app.notifySuccess();
    },
    createNestedAuth: async (auth) => {
      requireInitialized('nestedAppAuth');
      return nestedAuthClient(await createNestablePublicClientApplication({ auth }));
    },
  };
}

function requireInitialized(capability: string): void {
  if (!app.isInitialized()) throw new HostCapabilityError(capability, 'not_initialized');
}

/** A `NestedAuthClient` over an MSAL client; interaction-required becomes a result, not an error. */
export function nestedAuthClient(
  pca: Pick<IPublicClientApplication, 'acquireTokenSilent' | 'acquireTokenPopup'>,
): NestedAuthClient {
  return {
    acquireTokenSilent: async (scopes): Promise<SilentTokenResult> => {
      try {
        const result = await pca.acquireTokenSilent({ scopes });
        return { kind: 'token', token: result.accessToken };
      } catch (error) {
        if (error instanceof InteractionRequiredAuthError) return { kind: 'interaction_required' };
        throw msalAuthError(error);
      }
    },
    acquireTokenPopup: async (scopes) => {
      try {
        return (await pca.acquireTokenPopup({ scopes })).accessToken;
      } catch (error) {
        throw msalAuthError(error);
      }
    },
  };
}

/** Translates an MSAL error into a `HostAuthError` with a plain-words message. */
export function msalAuthError(error: unknown): HostAuthError {
  if (error instanceof AuthError) {
    switch (error.errorCode) {
      case InteractionRequiredAuthErrorCodes.consentRequired:
        return new HostAuthError('consent_required', { cause: error });
      case BrowserAuthErrorCodes.userCancelled:
        return new HostAuthError('sign_in_cancelled', { cause: error });
      case BrowserAuthErrorCodes.popupWindowError:
      case BrowserAuthErrorCodes.emptyWindowError:
        return new HostAuthError('popup_blocked', { cause: error });
    }
  }
  return new HostAuthError('token_unavailable', { cause: error });
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
