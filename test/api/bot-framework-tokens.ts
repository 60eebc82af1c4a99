import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { CONTOSO_TENANT_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { createApp, type App } from '../../functions/src/compose.js';
import { loadConfig } from '../../functions/src/config/config.js';
import { createLocalHost } from '../../functions/src/local/local-host.js';

/** The bot registration in these tests. */
export const BOT_APP_ID = '9a2b01fc-88c1-40e1-bf87-5079c8e35626';
/** The channel service the test activities come from (the documented fixtures' Americas one). */
export const SERVICE_URL = 'https://smba.trafficmanager.net/amer/';
const KID = 'bot-framework-test-key';

/**
 * FOR TESTS: a local Bot Framework token service. It serves a JWKS shaped like
 * `https://login.botframework.com/v1/.well-known/keys` (keys carry `endorsements`) and signs
 * channel tokens like the ones Teams sends with each activity.
 */
export class LocalBotFramework {
  private constructor(
    private readonly server: Server,
    readonly jwksUrl: string,
    readonly key: CryptoKey,
  ) {}

  static async start(): Promise<LocalBotFramework> {
    const pair = await generateKeyPair('RS256');
    const jwk = {
      ...(await exportJWK(pair.publicKey)),
      kid: KID,
      kty: 'RSA',
      use: 'sig',
      endorsements: ['msteams'],
    };
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/.well-known/keys`;
    return new LocalBotFramework(server, url, pair.privateKey);
  }

  /** The claims of a valid channel token; `overrides` replace or (when undefined) drop claims. */
  claims(overrides: Record<string, unknown> = {}): JWTPayload {
    const now = Math.floor(Date.now() / 1000);
    const base: JWTPayload = {
      serviceurl: SERVICE_URL,
      nbf: now - 60,
      exp: now + 3600,
      iss: 'https://api.botframework.com',
      aud: BOT_APP_ID,
    };
    return JSON.parse(JSON.stringify({ ...base, ...overrides })) as JWTPayload;
  }

  /** A channel token signed with this service's key (or `key`). */
  sign(payload: JWTPayload = this.claims(), key: CryptoKey = this.key): Promise<string> {
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: KID })
      .sign(key);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** The app in `entra` mode (demo directory, Contoso allowed) with the bot's keys local. */
export interface EntraBotHost {
  baseUrl: string;
  app: App;
  close(): Promise<void>;
}

/** Starts the app as Azure would run the bot, with `BOT_JWKS_URL` pointing at `jwksUrl`. */
export async function startEntraBotHost(
  jwksUrl: string,
  env: Record<string, string | undefined> = {},
): Promise<EntraBotHost> {
  const dataDir = await mkdtemp(join(tmpdir(), 'northstar-bot-'));
  const config = loadConfig({
    NORTHSTAR_DATA_DIR: dataDir,
    AUTH_MODE: 'entra',
    ENTRA_CLIENT_ID: '6f1d2c3b-4a59-4e7d-8c21-0b9a8e7f6d5c',
    ENTRA_ALLOWED_TENANTS: CONTOSO_TENANT_ID,
    BOT_APP_ID,
    BOT_JWKS_URL: jwksUrl,
    ...env,
  });
  const app = await createApp(config);
  const server = createLocalHost({
    routes: app.routes,
    verifier: app.services.verifier,
    staticDir: null,
    log: () => {},
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    app,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
