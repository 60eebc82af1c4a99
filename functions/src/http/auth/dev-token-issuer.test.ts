import { randomBytes } from 'node:crypto';
import { base64url, SignJWT } from 'jose';
import { DevTokenIssuer } from './dev-token-issuer.js';
import type { Identity } from './identity.js';

const SECRET = randomBytes(32);
const T0 = new Date('2026-11-02T09:00:00Z');
const MEGAN: Identity = {
  tenantId: 'contoso',
  userId: 'megan',
  name: 'Megan Bowen',
  appRoles: ['Northstar.Admin'],
};

const at = (date: Date) => () => date;
const hoursAfterT0 = (hours: number): Date => new Date(T0.getTime() + hours * 3_600_000);

function replacePayload(token: string, changes: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload!))) as object;
  return `${header!}.${base64url.encode(JSON.stringify({ ...claims, ...changes }))}.${signature!}`;
}

const encode = (value: object): string => base64url.encode(JSON.stringify(value));

describe('DevTokenIssuer', () => {
  const issuer = new DevTokenIssuer(SECRET, { clock: at(T0) });

  it('verifies the identity it issued', async () => {
    await expect(issuer.verify(await issuer.issue(MEGAN))).resolves.toEqual(MEGAN);
  });

  it('accepts its token until the lifetime ends', async () => {
    const token = await issuer.issue(MEGAN);
    const later = new DevTokenIssuer(SECRET, { clock: at(hoursAfterT0(7.9)) });
    await expect(later.verify(token)).resolves.toEqual(MEGAN);
  });

  it.each<[string, () => Promise<string>, string, number]>([
    ['after its 8 hour lifetime', () => issuer.issue(MEGAN), 'expired', 8.1],
    [
      'signed with another secret',
      () => new DevTokenIssuer(randomBytes(32), { clock: at(T0) }).issue(MEGAN),
      'signature',
      0,
    ],
    [
      'with a tampered payload',
      async () => replacePayload(await issuer.issue(MEGAN), { oid: 'someone-else' }),
      'signature',
      0,
    ],
    [
      'unsigned (alg none)',
      async () => {
        const [, payload] = (await issuer.issue(MEGAN)).split('.');
        return `${encode({ alg: 'none', typ: 'JWT' })}.${payload!}.`;
      },
      'algorithm',
      0,
    ],
    [
      'from another issuer with the same secret',
      () =>
        new SignJWT({ tid: 'contoso', oid: 'megan' })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer('someone-else')
          .setAudience('northstar-dev')
          .setExpirationTime(Math.floor(T0.getTime() / 1000) + 60)
          .sign(SECRET),
      '"iss"',
      0,
    ],
    [
      'without an oid',
      () =>
        new SignJWT({ tid: 'contoso' })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer('northstar-dev')
          .setAudience('northstar-dev')
          .setExpirationTime(Math.floor(T0.getTime() / 1000) + 60)
          .sign(SECRET),
      '"oid"',
      0,
    ],
  ])('rejects a token %s', async (_case, makeToken, reason, verifyAtHours) => {
    const token = await makeToken();
    const verifier = new DevTokenIssuer(SECRET, { clock: at(hoursAfterT0(verifyAtHours)) });
    await expect(verifier.verify(token)).rejects.toMatchObject({
      code: 'unauthenticated',
      message: expect.stringContaining(reason) as unknown,
    });
  });

  it('honours a custom lifetime', async () => {
    const shortLived = new DevTokenIssuer(SECRET, { clock: at(T0), ttlSeconds: 60 });
    const token = await shortLived.issue(MEGAN);
    const later = new DevTokenIssuer(SECRET, { clock: at(new Date(T0.getTime() + 61_000)) });
    await expect(later.verify(token)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('refuses a secret shorter than 32 bytes', () => {
    expect(() => new DevTokenIssuer(randomBytes(16))).toThrow(/at least 32 bytes/);
  });
});
