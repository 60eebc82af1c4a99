import { z } from 'zod';

/** Where Graph v1.0 is, unless `GRAPH_BASE_URL` says otherwise. */
export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
/** Where Entra ID's token endpoints are, unless `ENTRA_AUTHORITY_HOST` says otherwise. */
export const DEFAULT_AUTHORITY_HOST = 'https://login.microsoftonline.com';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** HTTPS, or plain HTTP to this machine only (a local test server): tokens travel there. */
const serviceUrl = z
  .url({ protocol: /^https?$/ })
  .refine((v) => {
    // zod runs this even after the URL check failed; that failure is reported already.
    const url = URL.parse(v);
    return !url || url.protocol === 'https:' || LOOPBACK.has(url.hostname);
  }, 'must be https (http only for localhost)')
  .transform((v) => v.replace(/\/+$/, ''));

/** The variables that choose and reach the directory and calendars. */
export const DirectoryEnvShape = {
  DIRECTORY: z.enum(['demo', 'graph']).optional(),
  GRAPH_BASE_URL: serviceUrl.default(DEFAULT_GRAPH_BASE_URL),
  ENTRA_AUTHORITY_HOST: serviceUrl
    .refine((v) => (URL.parse(v)?.pathname ?? '/') === '/', 'must be an origin, without a path')
    .default(DEFAULT_AUTHORITY_HOST),
};

/** The parts of the environment {@link directoryKindOf} and friends read. */
interface DirectoryEnv {
  AUTH_MODE: 'dev' | 'entra';
  DIRECTORY?: 'demo' | 'graph' | undefined;
  ENTRA_CLIENT_ID?: string | undefined;
  ENTRA_CLIENT_SECRET?: string | undefined;
  GRAPH_BASE_URL: string;
  ENTRA_AUTHORITY_HOST: string;
}

/** Where people and calendars come from; Graph acts on behalf of each signed-in user. */
export type DirectoryConfig =
  | { kind: 'demo' }
  | {
      kind: 'graph';
      /** The API's Entra app (the On-Behalf-Of client): `ENTRA_CLIENT_ID` and its secret. */
      clientId: string;
      clientSecret: string;
      /** Graph v1.0 root, without a trailing slash. */
      graphBaseUrl: string;
      /** Origin of the Entra token endpoint used for On-Behalf-Of. */
      authorityHost: string;
    };

/**
 * `DIRECTORY` when set; otherwise Graph exactly when `AUTH_MODE=entra` and
 * `ENTRA_CLIENT_SECRET` is set (On-Behalf-Of needs both), else the demo tenant.
 */
export function directoryKindOf(env: DirectoryEnv): 'demo' | 'graph' {
  if (env.DIRECTORY) return env.DIRECTORY;
  return env.AUTH_MODE === 'entra' && env.ENTRA_CLIENT_SECRET ? 'graph' : 'demo';
}

/** Schema refinement: an explicit `DIRECTORY=graph` needs Entra sign-in and the secret. */
export function checkDirectoryEnv(env: DirectoryEnv, ctx: z.RefinementCtx): void {
  if (directoryKindOf(env) !== 'graph') return;
  if (env.AUTH_MODE !== 'entra') {
    ctx.addIssue({
      code: 'custom',
      path: ['DIRECTORY'],
      message: 'graph needs AUTH_MODE=entra (Graph is called on behalf of the signed-in user)',
    });
  }
  if (!env.ENTRA_CLIENT_SECRET) {
    ctx.addIssue({
      code: 'custom',
      path: ['ENTRA_CLIENT_SECRET'],
      message: 'is required when DIRECTORY=graph (the On-Behalf-Of exchange for Graph uses it)',
    });
  }
}

/** The directory settings of an environment that passed {@link checkDirectoryEnv}. */
export function directoryConfigOf(env: DirectoryEnv): DirectoryConfig {
  if (directoryKindOf(env) === 'demo') return { kind: 'demo' };
  return {
    kind: 'graph',
    clientId: env.ENTRA_CLIENT_ID ?? '',
    clientSecret: env.ENTRA_CLIENT_SECRET ?? '',
    graphBaseUrl: env.GRAPH_BASE_URL,
    authorityHost: env.ENTRA_AUTHORITY_HOST,
  };
}
