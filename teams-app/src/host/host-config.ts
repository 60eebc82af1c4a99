/**
 * How the tab reaches Entra ID inside a host. Both values are public (no secret): they come from
 * the page, never from `import.meta.env` (jest runs the sources as CommonJS).
 *
 * - `clientId`: the Entra app registration's client id (same as the API's `ENTRA_CLIENT_ID`).
 * - `apiScope`: the delegated scope of our API, e.g. `api://<APP_DOMAIN>/<clientId>/access_as_user`.
 *
 * With both set and the host recommending it, tokens come from the host's single sign-on asked
 * without prompts, and where that fails from Nested App Authentication (MSAL, loaded only then);
 * otherwise from Teams' `authentication.getAuthToken()` (which uses the manifest's
 * `webApplicationInfo`). Standalone dev mode ignores both.
 */
export interface HostConfig {
  clientId?: string;
  apiScope?: string;
}

/** The `<meta name>` each `HostConfig` field is read from by `readHostConfig`. */
export const hostConfigMetaNames = {
  clientId: 'northstar:client-id',
  apiScope: 'northstar:api-scope',
} as const;

/**
 * Reads `HostConfig` from `<meta name="northstar:client-id" content="...">` and
 * `<meta name="northstar:api-scope" content="...">` in the page head. An absent or empty tag, or
 * one still holding an unreplaced build placeholder (`%VITE_...%`), leaves the field undefined.
 */
export function readHostConfig(doc: Pick<Document, 'querySelector'>): HostConfig {
  return {
    clientId: metaContent(doc, hostConfigMetaNames.clientId),
    apiScope: metaContent(doc, hostConfigMetaNames.apiScope),
  };
}

function metaContent(doc: Pick<Document, 'querySelector'>, name: string): string | undefined {
  const content = doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim();
  if (!content || /^%.*%$/.test(content)) return undefined;
  return content;
}
