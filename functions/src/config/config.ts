import { z } from 'zod';
import {
  checkDirectoryEnv,
  directoryConfigOf,
  DirectoryEnvShape,
  type DirectoryConfig,
} from './directory-config.js';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const listOf = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );

const httpUrl = z.url({ protocol: /^https?$/ }).optional();

const EnvSchema = z
  .object({
    PORT: z
      .string()
      .regex(/^\d{1,5}$/, 'must be a port number')
      .transform(Number)
      .pipe(z.number().int().min(0).max(65535))
      .default(7071),
    NORTHSTAR_DATA_DIR: z.string().trim().min(1).default('.data'),
    NORTHSTAR_STATIC_DIR: optionalText,
    AUTH_MODE: z.enum(['dev', 'entra']).default('dev'),
    COSMOS_ENDPOINT: optionalText.pipe(httpUrl),
    COSMOS_DATABASE: z.string().trim().min(1).default('northstar'),
    COSMOS_KEY: optionalText,
    COSMOS_CREATE_CONTAINERS: z.enum(['true', 'false']).default('false'),
    ENTRA_CLIENT_ID: optionalText,
    ENTRA_CLIENT_SECRET: optionalText,
    ENTRA_ALLOWED_TENANTS: listOf,
    ENTRA_JWKS_URL: optionalText.pipe(httpUrl),
    APP_DOMAIN: optionalText,
    TEAMS_APP_ID: optionalText,
    BOT_APP_ID: optionalText,
    BOT_JWKS_URL: optionalText.pipe(httpUrl),
    WEBSITE_INSTANCE_ID: optionalText,
    ...DirectoryEnvShape,
  })
  .superRefine((env, ctx) => {
    checkDirectoryEnv(env, ctx);
    if (env.AUTH_MODE !== 'entra') return;
    if (!env.ENTRA_CLIENT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['ENTRA_CLIENT_ID'],
        message: 'is required when AUTH_MODE=entra',
      });
    }
    if (env.ENTRA_ALLOWED_TENANTS.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['ENTRA_ALLOWED_TENANTS'],
        message: 'is required when AUTH_MODE=entra (tenant ids, or * for any)',
      });
    }
  });

/** Blank variables count as unset, so their defaults apply. */
function withoutBlanks(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') out[key] = value;
  }
  return out;
}

/** Everything the app reads from its environment, parsed once at the composition root. */
export interface Config {
  port: number;
  dataDir: string;
  /** The built tab served at `/` by the local host; unset means `teams-app/dist`. */
  staticDir: string | undefined;
  auth:
    | { mode: 'dev' }
    | { mode: 'entra'; clientId: string; allowedTenants: string[]; jwksUrl: string | undefined };
  cosmos:
    | { endpoint: string; database: string; key: string | undefined; createContainers: boolean }
    | undefined;
  /** People and calendars: the demo tenant, or Microsoft Graph on behalf of the caller. */
  directory: DirectoryConfig;
  appDomain: string | undefined;
  /** The Teams app's id (the manifest's `id`): activity-feed notifications link to its tab. */
  teamsAppId: string | undefined;
  /** The bot registration's app id: the audience of Bot Framework tokens on `/api/messages`. */
  botAppId: string | undefined;
  /** Bot Framework signing keys; unset means the public Bot Framework JWKS (tests point it here). */
  botJwksUrl: string | undefined;
  /** Set by Azure App Service / Functions: dev auth refuses to run there. */
  websiteInstanceId: string | undefined;
}

/** Parses the environment; throws one error listing every bad variable so boot fails fast. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(withoutBlanks(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    dataDir: e.NORTHSTAR_DATA_DIR,
    staticDir: e.NORTHSTAR_STATIC_DIR,
    auth: e.AUTH_MODE === 'dev' ? { mode: 'dev' } : entraAuth(e),
    cosmos: e.COSMOS_ENDPOINT
      ? {
          endpoint: e.COSMOS_ENDPOINT,
          database: e.COSMOS_DATABASE,
          key: e.COSMOS_KEY,
          createContainers: e.COSMOS_CREATE_CONTAINERS === 'true',
        }
      : undefined,
    directory: directoryConfigOf(e),
    appDomain: e.APP_DOMAIN,
    teamsAppId: e.TEAMS_APP_ID,
    botAppId: e.BOT_APP_ID,
    botJwksUrl: e.BOT_JWKS_URL,
    websiteInstanceId: e.WEBSITE_INSTANCE_ID,
  };
}

function entraAuth(e: z.infer<typeof EnvSchema>): Config['auth'] {
  // Presence is checked by the schema's refinement above.
  return {
    mode: 'entra',
    clientId: e.ENTRA_CLIENT_ID ?? '',
    allowedTenants: e.ENTRA_ALLOWED_TENANTS,
    jwksUrl: e.ENTRA_JWKS_URL,
  };
}
