import type { HostConfig } from '../host-config';
import { HostAuthError, toHostAuthError } from '../host-errors';
import { naaAuthority } from '../teams-host';
import type { NestedAuthClient } from '../teams-sdk';
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
 * Tokens for our API inside Outlook's task pane: Nested App Authentication when the page names
 * the client and scope and Outlook supports it (requirement set `NestedAppAuth 1.1`), else
 * Office's single sign-on (`Office.auth.getAccessToken`, for the manifest's
 * `webApplicationInfo` resource). One MSAL client per task pane. Rejects with a `HostAuthError`.
 */
export function officeTokenSource(
  office: OfficeApi,
  config: HostConfig,
  createNestedAuth: CreateNestedAuth = loadMsalNestedAuth,
): () => Promise<string> {
  let nested: Promise<NestedAuthClient> | undefined;
  const nestedClient = (clientId: string) => {
    nested ??= createNestedAuth({ clientId, authority: naaAuthority }).catch((error: unknown) => {
      nested = undefined;
      throw error;
    });
    return nested;
  };
  return async () => {
    const { clientId, apiScope } = config;
    try {
      if (
        clientId &&
        apiScope &&
        office.context.requirements.isSetSupported('NestedAppAuth', '1.1')
      ) {
        const client = await nestedClient(clientId);
        const silent = await client.acquireTokenSilent([apiScope]);
        return silent.kind === 'token' ? silent.token : await client.acquireTokenPopup([apiScope]);
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
