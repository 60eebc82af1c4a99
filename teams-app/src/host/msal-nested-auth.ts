import {
  AuthError,
  BrowserAuthErrorCodes,
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  InteractionRequiredAuthErrorCodes,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { HostAuthError } from './host-errors';
import type { NestedAuthClient, SilentTokenResult } from './teams-sdk';

/** An MSAL nestable client for Nested App Authentication, behind the `NestedAuthClient` port. */
export async function createMsalNestedAuth(
  auth: Parameters<typeof createNestablePublicClientApplication>[0]['auth'],
): Promise<NestedAuthClient> {
  return nestedAuthClient(await createNestablePublicClientApplication({ auth }));
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
