import {
  AuthError,
  ConfidentialClientApplication,
  InteractionRequiredAuthError,
  ServerError,
  type Configuration,
} from '@azure/msal-node';
import { DomainError } from '../../ports/errors.js';
import type { AppTokenExchange, OboExchange, OboToken } from './graph-token-provider.js';

/** The delegated permissions the app was consented for, as one Graph scope. */
export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

const LOGIN_HOST = 'https://login.microsoftonline.com';
/** A tenant id (GUID) or verified domain; anything else would be spliced into a URL. */
const TENANT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.-]{0,253}$/;

/** The Entra app registration and where its tokens come from. */
export interface MsalOboOptions {
  clientId: string;
  clientSecret: string;
  /**
   * Origin of the token endpoint; default `https://login.microsoftonline.com`. Tests point it
   * at a local HTTP server. The authority stays `https://login.microsoftonline.com/{tenant}`.
   */
  tokenHost?: string;
}

/**
 * The endpoints of the Entra v2 authority, given to msal up front (`authorityMetadata`,
 * `cloudDiscoveryMetadata`) so it never fetches the OpenID configuration: no discovery call
 * per exchange, and an offline test can serve the token endpoint.
 */
function configuration(options: MsalOboOptions, authority: string): Configuration {
  const host = options.tokenHost ?? LOGIN_HOST;
  const authorityMetadata = {
    token_endpoint: `${host}/{tenant}/oauth2/v2.0/token`,
    authorization_endpoint: `${host}/{tenant}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${host}/{tenant}/oauth2/v2.0/logout`,
    jwks_uri: `${host}/{tenant}/discovery/v2.0/keys`,
    issuer: `${LOGIN_HOST}/{tenant}/v2.0`,
  };
  const aliases = ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com'];
  const cloudDiscoveryMetadata = {
    tenant_discovery_endpoint: `${LOGIN_HOST}/{tenant}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [{ preferred_network: aliases[0], preferred_cache: aliases[1], aliases }],
  };
  return {
    auth: {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      authority,
      knownAuthorities: ['login.microsoftonline.com'],
      authorityMetadata: JSON.stringify(authorityMetadata),
      cloudDiscoveryMetadata: JSON.stringify(cloudDiscoveryMetadata),
    },
  };
}

/** msal's errors, in the domain's terms; the only place they are caught. */
export function translateMsalError(error: unknown): Error {
  if (error instanceof InteractionRequiredAuthError) {
    return error.subError === 'consent_required'
      ? new DomainError('forbidden', 'Northstar has no consent for Microsoft Graph.', {
          cause: error,
        })
      : new DomainError('unauthenticated', 'Sign in again to use Microsoft Graph.', {
          cause: error,
        });
  }
  if (error instanceof ServerError && error.errorCode === 'invalid_grant') {
    return new DomainError('unauthenticated', 'Sign in again to use Microsoft Graph.', {
      cause: error,
    });
  }
  const transient = ['network_error', 'temporarily_unavailable', 'server_error', 'request_timeout'];
  if (error instanceof AuthError && transient.includes(error.errorCode)) {
    return new DomainError('upstream_unavailable', 'Microsoft Entra ID is not available.', {
      cause: error,
    });
  }
  // invalid_client and the like: our configuration is wrong, which is a 500, not the user's.
  return error instanceof Error ? error : new Error('On-Behalf-Of exchange failed');
}

/** A client of the app registration for `tenantId`'s authority, and that authority. */
function clientFor(
  options: MsalOboOptions,
  tenantId: string,
): { app: ConfidentialClientApplication; authority: string } {
  if (!TENANT_PATTERN.test(tenantId)) throw new DomainError('unauthenticated', 'Bad tenant.');
  const authority = `${LOGIN_HOST}/${tenantId}`;
  return { app: new ConfidentialClientApplication(configuration(options, authority)), authority };
}

/** msal's answer as a token, or the failure in the domain's terms. */
async function tokenOf(
  acquiring: Promise<{ accessToken: string; expiresOn: Date | null } | null>,
): Promise<OboToken> {
  const result = await acquiring.catch((error: unknown) => {
    throw translateMsalError(error);
  });
  if (!result?.accessToken || !result.expiresOn) {
    throw new DomainError('upstream_unavailable', 'Microsoft Entra ID returned no token.');
  }
  return { accessToken: result.accessToken, expiresOn: result.expiresOn };
}

/**
 * On-Behalf-Of with msal-node: `acquireTokenOnBehalfOf({ oboAssertion, scopes: [Graph
 * .default], authority: https://login.microsoftonline.com/<tenant> })`. A fresh
 * `ConfidentialClientApplication` per exchange, with `skipCache`, because msal's in-memory OBO
 * cache grows with every user and is not partitioned by tenant; `OboTokenProvider` caches.
 */
export class MsalOboExchange implements OboExchange {
  constructor(private readonly options: MsalOboOptions) {}

  exchange(tenantId: string, userAssertion: string): Promise<OboToken> {
    return Promise.resolve().then(() => {
      const { app, authority } = clientFor(this.options, tenantId);
      return tokenOf(
        app.acquireTokenOnBehalfOf({
          oboAssertion: userAssertion,
          scopes: [GRAPH_DEFAULT_SCOPE],
          authority,
          skipCache: true,
        }),
      );
    });
  }
}

/**
 * The app's own Graph token in a tenant (client credentials, the application permissions an
 * admin consented to), for work no signed-in user is behind: bot activities and timers. Same
 * app registration and caching split as {@link MsalOboExchange}.
 */
export class MsalAppTokenExchange implements AppTokenExchange {
  constructor(private readonly options: MsalOboOptions) {}

  exchange(tenantId: string): Promise<OboToken> {
    return Promise.resolve().then(() => {
      const { app, authority } = clientFor(this.options, tenantId);
      return tokenOf(
        app.acquireTokenByClientCredential({
          scopes: [GRAPH_DEFAULT_SCOPE],
          authority,
          skipCache: true,
        }),
      );
    });
  }
}
