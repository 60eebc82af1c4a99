import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { base64url, exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { CryptoKey, JWTPayload } from 'jose';
import { EntraTokenVerifier } from './entra-token-verifier.js';

const CLIENT_ID = '6f1d2c3b-4a59-4e7d-8c21-0b9a8e7f6d5c';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER_TENANT = 'c0ffee00-1234-4abc-9def-0123456789ab';
const USER = '0c1b2a39-4857-4666-a5b4-c3d2e1f0a9b8';
const KID = 'test-key-1';

const issuer = (tid: string): string => `https://login.microsoftonline.com/${tid}/v2.0`;

function claims(overrides: Record<string, unknown> = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  const base: JWTPayload = {
    aud: CLIENT_ID,
    iss: issuer(TENANT),
    iat: now - 60,
    nbf: now - 60,
    exp: now + 3600,
    tid: TENANT,
    oid: USER,
    name: 'Megan Bowen',
    scp: 'User.Read access_as_user',
    ver: '2.0',
  };
  // The JSON round trip drops the claims an override sets to undefined.
  return JSON.parse(JSON.stringify({ ...base, ...overrides })) as JWTPayload;
}

describe('EntraTokenVerifier', () => {
  let server: Server;
  let jwksUrl: string;
  let jwksRequests = 0;
  let signingKey: CryptoKey;
  let otherKey: CryptoKey;

  const sign = (payload: JWTPayload, key = signingKey, kid = KID): Promise<string> =>
    new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).sign(key);

  const verifier = (options: { allowedTenants?: string[]; audiences?: string[] } = {}) =>
    new EntraTokenVerifier({
      clientId: CLIENT_ID,
      allowedTenants: options.allowedTenants ?? [TENANT],
      audiences: options.audiences ?? [],
      jwksUrl,
    });

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
    server = createServer((request, response) => {
      jwksRequests += 1;
      const found = request.url === '/keys';
      response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
      response.end(found ? JSON.stringify({ keys: [jwk] }) : '{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const now = (): number => Math.floor(Date.now() / 1000);
  const encode = (value: object): string => base64url.encode(JSON.stringify(value));

  it.each<[string, () => Promise<string>, string]>([
    [
      'expired',
      () => sign(claims({ iat: now() - 7200, nbf: now() - 7200, exp: now() - 3600 })),
      'token has expired',
    ],
    ['not yet valid', () => sign(claims({ nbf: now() + 3600 })), 'token is not yet valid'],
    ['without exp', () => sign(claims({ exp: undefined })), 'lacks the "exp" claim'],
    [
      'for another audience',
      () => sign(claims({ aud: 'api://someone-else' })),
      '"aud" claim is not accepted',
    ],
    [
      'for Microsoft Graph',
      () => sign(claims({ aud: '00000003-0000-0000-c000-000000000000' })),
      '"aud" claim',
    ],
    [
      'from the v1 issuer',
      () => sign(claims({ iss: `https://sts.windows.net/${TENANT}/` })),
      'issuer',
    ],
    [
      'with iss of another tenant than tid',
      () => sign(claims({ iss: issuer(OTHER_TENANT) })),
      'issuer',
    ],
    [
      'with a non-GUID tid',
      () => sign(claims({ tid: 'contoso', iss: issuer('contoso') })),
      '"tid"',
    ],
    ['without tid', () => sign(claims({ tid: undefined })), '"tid"'],
    [
      'from a tenant not allowed',
      () => sign(claims({ tid: OTHER_TENANT, iss: issuer(OTHER_TENANT) })),
      'tenant is not allowed',
    ],
    ['without scp', () => sign(claims({ scp: undefined })), 'access_as_user'],
    ['with another scope only', () => sign(claims({ scp: 'User.Read' })), 'access_as_user'],
    [
      'with a scope that merely starts alike',
      () => sign(claims({ scp: 'access_as_user_admin' })),
      'access_as_user',
    ],
    ['without oid', () => sign(claims({ oid: undefined })), '"oid"'],
    [
      'unsigned (alg none)',
      () => Promise.resolve(`${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims())}.`),
      'algorithm',
    ],
    [
      'HS256 with some secret',
      () =>
        new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', kid: KID }).sign(randomBytes(32)),
      'algorithm not allowed',
    ],
    [
      'with a tampered payload',
      async () => {
        const [header, , signature] = (await sign(claims())).split('.');
        return `${header!}.${encode(claims({ oid: OTHER_TENANT }))}.${signature!}`;
      },
      'signature is invalid',
    ],
    [
      'signed by another key with the same kid',
      () => sign(claims(), otherKey),
      'signature is invalid',
    ],
    ['with an unknown kid', () => sign(claims(), signingKey, 'unknown-kid'), 'no signing key'],
    ['not a JWT at all', () => Promise.resolve('not-a-jwt'), 'malformed'],
  ])('rejects a token %s', async (_case, makeToken, reason) => {
    const token = await makeToken();
    await expect(verifier().verify(token)).rejects.toMatchObject({
      name: 'DomainError',
      code: 'unauthenticated',
      message: expect.stringContaining(reason) as unknown,
    });
  });

  it.each<[string, JWTPayload, { allowedTenants?: string[]; audiences?: string[] }]>([
    ['aud = client id', claims(), {}],
    ['aud = api://client id', claims({ aud: `api://${CLIENT_ID}` }), {}],
    [
      'aud = a configured app id URI',
      claims({ aud: 'api://northstar.contoso.com/app' }),
      { audiences: ['api://northstar.contoso.com/app'] },
    ],
    [
      'any tenant when the allow-list is *',
      claims({ tid: OTHER_TENANT, iss: issuer(OTHER_TENANT) }),
      { allowedTenants: ['*'] },
    ],
  ])('accepts a valid token with %s', async (_case, payload, options) => {
    const identity = await verifier(options).verify(await sign(payload));
    expect(identity).toEqual({
      tenantId: payload['tid'],
      userId: USER,
      name: 'Megan Bowen',
      appRoles: [],
    });
  });

  it('carries app roles and fetches keys from the JWKS endpoint', async () => {
    const before = jwksRequests;
    const token = await sign(claims({ roles: ['Northstar.Admin'], name: undefined }));
    await expect(verifier().verify(token)).resolves.toEqual({
      tenantId: TENANT,
      userId: USER,
      name: '',
      appRoles: ['Northstar.Admin'],
    });
    expect(jwksRequests).toBe(before + 1);
  });

  it('reports an unreachable key endpoint as upstream_unavailable, not unauthenticated', async () => {
    const broken = new EntraTokenVerifier({
      clientId: CLIENT_ID,
      allowedTenants: [TENANT],
      jwksUrl: `${jwksUrl}-gone`,
    });
    await expect(broken.verify(await sign(claims()))).rejects.toMatchObject({
      code: 'upstream_unavailable',
    });
  });

  it.each<[string, string[], string | undefined]>([
    ['an empty allow-list', [], undefined],
    ['a tenant that is not a GUID', ['contoso.onmicrosoft.com'], undefined],
    ['an issuer template without {tid}', [TENANT], 'https://login.microsoftonline.com/common/v2.0'],
  ])('refuses to start with %s', (_case, allowedTenants, issuerTemplate) => {
    const options = { clientId: CLIENT_ID, allowedTenants, jwksUrl, issuerTemplate };
    expect(() => new EntraTokenVerifier(options)).toThrow(/EntraTokenVerifier/);
  });
});
