import type { HostConfig } from '../host-config';
import { HostAuthError, toHostAuthError } from '../host-errors';
import { naaAuthority } from '../teams-host';
import type { NestedAuthClient } from '../teams-sdk';
import { untilFirstFailure } from '../until-first-failure';
import type { OfficeApi } from './office-api';

/** Makes the MSAL nestable client (default: `createMsalNestedAuth`, loaded on first use). */
export type CreateNestedAuth = (auth: {
  clientId: string;
  authority: string;
}) => Promise<NestedAuthClient>;

const loadMsalNestedAuth: CreateNestedAuth = async (auth) => {
  const { createMsalNestedAuth } = await import('../msal-nested-auth');
  return createMsalNestedAuth(auth);
};

/**
 * Tokens for our API inside Outlook's task pane. When the page names the client and scope and
 * Outlook supports Nested App Authentication (requirement set `NestedAppAuth 1.1`): Office's
 * single sign-on without any prompt first (it needs no library code, so the pane does not wait
 * for MSAL), and once that has failed, NAA through MSAL (which can prompt). Otherwise Office's
 * single sign-on with prompts (`Office.auth.getAccessToken`, for the manifest's
 * `webApplicationInfo` resource). One MSAL client per task pane. Rejects with a `HostAuthError`.
 */
export function officeTokenSource(
  office: OfficeApi,
  config: HostConfig,
  createNestedAuth: CreateNestedAuth = loadMsalNestedAuth,
): () => Promise<string> {
  // No library code, so where the app's single sign-on is set up the pane does not wait for MSAL.
  const silentSso = untilFirstFailure(() =>
    office.auth.getAccessToken({ allowSignInPrompt: false, allowConsentPrompt: false }),
  );
  const nestedToken = nestedTokenSource(createNestedAuth);
  return async () => {
    const { clientId, apiScope } = config;
    try {
      if (
        clientId &&
        apiScope &&
        office.context.requirements.isSetSupported('NestedAppAuth', '1.1')
      ) {
        return (await silentSso()) ?? (await nestedToken(clientId, apiScope));
      }
      return await office.auth
        .getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true })
        .catch((error: unknown) => {
          throw officeSsoError(error);
        });
    } catch (error) {
      throw toHostAuthError(error);
    }
  };
}

/** NAA tokens (silent, else popup) from one MSAL client, created on first use. */
function nestedTokenSource(
  createNestedAuth: CreateNestedAuth,
): (clientId: string, apiScope: string) => Promise<string> {
  let nested: Promise<NestedAuthClient> | undefined;
  return async (clientId, apiScope) => {
    nested ??= createNestedAuth({ clientId, authority: naaAuthority }).catch((error: unknown) => {
      nested = undefined;
      throw error;
    });
    const client = await nested;
    const silent = await client.acquireTokenSilent([apiScope]);
    return silent.kind === 'token' ? silent.token : client.acquireTokenPopup([apiScope]);
  };
}

/**
 * Office SSO errors carry a numeric `code`: 13002 the user cancelled sign-in or consent, 13005
 * the grant is missing (consent needed); the rest mean no token for now. See "Troubleshoot
 * error messages for single sign-on" in the Office Add-ins docs.
 */
export function officeSsoError(error: unknown): HostAuthError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
  if (code === 13002) return new HostAuthError('sign_in_cancelled', { cause: error });
  if (code === 13005) return new HostAuthError('consent_required', { cause: error });
  return new HostAuthError('token_unavailable', { cause: error });
}
