import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';

/** The API's Entra app in these tests. */
export const CLIENT_ID = '6f1d2c3b-4a59-4e7d-8c21-0b9a8e7f6d5c';
/** The tenant the Graph fixtures come from (Microsoft's documentation tenant). */
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const KID = 'graph-mode-key';

/** One grant the token endpoint received: On-Behalf-Of, or the app's own (`assertion` ''). */
export interface OboGrant {
  tenant: string;
  assertion: string;
  clientSecret: string;
  /** Present only for the client-credentials grant (the app acting as itself). */
  app?: true;
}

/** What the token endpoint answers; `undefined` grants a token. */
export type TokenFault = (grant: OboGrant) => { status: number; body: unknown } | undefined;

/**
 * FOR TESTS: a local Microsoft Entra ID. It serves the signing keys (`/keys`, for
 * `ENTRA_JWKS_URL`) and the v2 token endpoint `/{tenant}/oauth2/v2.0/token` (for
 * `ENTRA_AUTHORITY_HOST`), which grants On-Behalf-Of exchanges and the app's client-credentials
 * token with `graph-token-<n>`, and
 * signs v2 access tokens for our API like Entra would.
 */
export class LocalEntra {
  readonly grants: OboGrant[] = [];
  fault: TokenFault = () => undefined;

  private constructor(
    private readonly server: Server,
    readonly origin: string,
    private readonly key: CryptoKey,
  ) {}

  static async start(): Promise<LocalEntra> {
    const pair = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const entra = new LocalEntra(server, origin, pair.privateKey);
    server.on('request', (request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      request.on('end', () => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        const reply =
          path === '/keys' ? { status: 200, body: { keys: [jwk] } } : entra.token(path, text);
        response.writeHead(reply.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(reply.body));
      });
    });
    return entra;
  }

  get jwksUrl(): string {
    return `${this.origin}/keys`;
  }

  /** A v2 access token for our API, signed by this Entra, for user `oid` of `TENANT`. */
  signIn(oid: string, name = 'Test User'): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ tid: TENANT, oid, name, scp: 'access_as_user', ver: '2.0' })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: KID })
      .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
      .setAudience(CLIENT_ID)
      .setIssuedAt(now - 60)
      .setNotBefore(now - 60)
      .setExpirationTime(now + 3600)
      .sign(this.key);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private token(path: string, form: string): { status: number; body: unknown } {
    const tenant = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path)?.[1];
    const params = new URLSearchParams(form);
    const app = params.get('grant_type') === 'client_credentials';
    if (!tenant || (!app && params.get('requested_token_use') !== 'on_behalf_of')) {
      return { status: 400, body: { error: 'invalid_request' } };
    }
    const grant: OboGrant = {
      tenant,
      assertion: params.get('assertion') ?? '',
      clientSecret: params.get('client_secret') ?? '',
      ...(app ? { app } : {}),
    };
    this.grants.push(grant);
    const access_token = `graph-token-${this.grants.length}`;
    return (
      this.fault(grant) ?? {
        status: 200,
        body: { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token },
      }
    );
  }
}
