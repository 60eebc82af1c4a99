import { z } from 'zod';
import { AppDomainSchema, GuidSchema } from '../package/package-inputs.js';

/** Stand-in Teams app id for a local demo package; set TEAMS_APP_ID for a real one. */
export const PLACEHOLDER_TEAMS_APP_ID = '00000000-0000-4000-8000-00000000a991';
/** Stand-in Entra client id for a local demo package; set ENTRA_CLIENT_ID for a real one. */
export const PLACEHOLDER_ENTRA_CLIENT_ID = '00000000-0000-4000-8000-00000000e991';
/**
 * The local host's address. A manifest domain is a host, optionally with a port, never a URL.
 * Teams only loads HTTPS tabs, so a package for real use needs APP_DOMAIN set to a public
 * HTTPS host (a dev tunnel or the deployed app).
 */
export const LOCAL_APP_DOMAIN = 'localhost:7071';

/** An empty variable counts as unset, as in most shells and CI secret stores. */
const unsetIfEmpty = (value: unknown): unknown => (value === '' ? undefined : value);

const PackageEnvSchema = z.object({
  TEAMS_APP_ID: z.preprocess(unsetIfEmpty, GuidSchema.default(PLACEHOLDER_TEAMS_APP_ID)),
  APP_DOMAIN: z.preprocess(unsetIfEmpty, AppDomainSchema.default(LOCAL_APP_DOMAIN)),
  ENTRA_CLIENT_ID: z.preprocess(unsetIfEmpty, GuidSchema.default(PLACEHOLDER_ENTRA_CLIENT_ID)),
});

/** What `npm run package` fills into the manifest. */
export interface PackageConfig {
  teamsAppId: string;
  appDomain: string;
  entraClientId: string;
  /** True when either id is a placeholder, so the package is for local use only. */
  usesPlaceholders: boolean;
}

/**
 * Reads TEAMS_APP_ID, APP_DOMAIN and ENTRA_CLIENT_ID for the app package build. Throws with
 * every invalid variable named when one is not a GUID or not a bare host.
 */
export function readPackageConfig(env: NodeJS.ProcessEnv = process.env): PackageConfig {
  const parsed = PackageEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`invalid app package configuration:\n${z.prettifyError(parsed.error)}`);
  }
  const { TEAMS_APP_ID, APP_DOMAIN, ENTRA_CLIENT_ID } = parsed.data;
  return {
    teamsAppId: TEAMS_APP_ID,
    appDomain: APP_DOMAIN,
    entraClientId: ENTRA_CLIENT_ID,
    usesPlaceholders:
      TEAMS_APP_ID === PLACEHOLDER_TEAMS_APP_ID || ENTRA_CLIENT_ID === PLACEHOLDER_ENTRA_CLIENT_ID,
  };
}
