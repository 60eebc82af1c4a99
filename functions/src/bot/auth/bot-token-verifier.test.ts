import { generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import {
  assertSameServiceUrl,
  BOT_FRAMEWORK_ISSUER,
  BotFrameworkTokenVerifier,
} from './bot-token-verifier.js';

const APP_ID = 'bot-app-1';
const AMER = 'https://smba.trafficmanager.net/amer/';

describe('BotFrameworkTokenVerifier', () => {
  let privateKey: CryptoKey;
  let publicKey: CryptoKey;
  beforeAll(async () => {
    ({ privateKey, publicKey } = await generateKeyPair('RS256'));
  });

  const sign = (claims: Record<string, unknown>) =>
    new SignJWT({ serviceurl: AMER, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setIssuer(BOT_FRAMEWORK_ISSUER)
      .setAudience(APP_ID)
      .setExpirationTime('1h')
      .sign(privateKey);

  it('returns the service URL a valid token vouches for', async () => {
    const verifier = new BotFrameworkTokenVerifier({ appId: APP_ID, getKey: () => publicKey });
    await expect(verifier.verify(await sign({}))).resolves.toEqual({ serviceUrl: AMER });
  });

  it.each<[string, Record<string, unknown>]>([
    ['a numeric serviceurl', { serviceurl: 5 }],
    ['an empty serviceurl', { serviceurl: '' }],
  ])('refuses a token with %s', async (_case, claims) => {
    const verifier = new BotFrameworkTokenVerifier({ appId: APP_ID, getKey: () => publicKey });
    await expect(verifier.verify(await sign(claims))).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });

  it('reports an unreachable key set as an outage, not as a bad token', async () => {
    const verifier = new BotFrameworkTokenVerifier({
      appId: APP_ID,
      jwksUrl: 'http://127.0.0.1:9/keys',
    });
    await expect(verifier.verify(await sign({}))).rejects.toMatchObject({
      code: 'upstream_unavailable',
    });
  });

  it('needs an app id', () => {
    expect(() => new BotFrameworkTokenVerifier({ appId: '' })).toThrow(/appId/);
  });
});

describe('assertSameServiceUrl', () => {
  it.each([
    [AMER, AMER],
    [AMER, 'https://smba.trafficmanager.net/amer'],
    [AMER, 'https://SMBA.trafficmanager.net/amer/'],
    ['http://localhost:56150', 'http://localhost:56150/'],
  ])('accepts token %p for activity %p', (claimed, activity) => {
    expect(() => assertSameServiceUrl({ serviceUrl: claimed }, activity)).not.toThrow();
  });

  it.each([
    [AMER, 'https://smba.trafficmanager.net/emea/'],
    [AMER, 'https://evil.example/amer/'],
    [AMER, 'http://smba.trafficmanager.net/amer/'],
    [AMER, 'https://smba.trafficmanager.net:8443/amer/'],
    ['not a url', 'not a url'],
  ])('refuses token %p for activity %p', (claimed, activity) => {
    expect(() => assertSameServiceUrl({ serviceUrl: claimed }, activity)).toThrow(
      'the activity serviceUrl does not match the token',
    );
  });
});
