import { randomBytes } from 'node:crypto';
import { CachedTokenVerifier } from './cached-token-verifier.js';
import { DevTokenIssuer } from './dev-token-issuer.js';
import type { Identity, TokenVerifier } from './identity.js';

const T0 = new Date('2026-11-02T09:00:00Z');
const person = (userId: string): Identity => ({
  tenantId: 'contoso',
  userId,
  name: userId,
  appRoles: [],
});

/** A real issuer (8 h tokens) on `clock`, behind a counter of the signature checks it does. */
function counted(clock: () => number = () => T0.getTime()) {
  const issuer = new DevTokenIssuer(randomBytes(32), { clock: () => new Date(clock()) });
  const calls = { verify: 0 };
  const inner: TokenVerifier = {
    verify: (token) => {
      calls.verify += 1;
      return issuer.verify(token);
    },
  };
  return { issuer, inner, calls };
}

describe('CachedTokenVerifier', () => {
  it('checks a reused token once and answers the same identity', async () => {
    const { issuer, inner, calls } = counted();
    const cache = new CachedTokenVerifier(inner, { now: () => T0.getTime() });
    const token = await issuer.issue(person('megan'));
    for (let i = 0; i < 3; i++) await expect(cache.verify(token)).resolves.toEqual(person('megan'));
    expect(calls.verify).toBe(1);
  });

  it.each([
    ['after maxAgeMs', 5 * 60_000 + 1, 2],
    ['within maxAgeMs', 5 * 60_000 - 1, 1],
  ])('checks the token again %s', async (_, laterMs, checks) => {
    const { issuer, inner, calls } = counted();
    let now = T0.getTime();
    const cache = new CachedTokenVerifier(inner, { now: () => now });
    const token = await issuer.issue(person('megan'));
    await cache.verify(token);
    now += laterMs;
    await cache.verify(token);
    expect(calls.verify).toBe(checks);
  });

  it('never keeps a token past its exp', async () => {
    let now = T0.getTime();
    const { issuer, inner } = counted(() => now);
    const cache = new CachedTokenVerifier(inner, { now: () => now, maxAgeMs: 24 * 3_600_000 });
    const token = await issuer.issue(person('megan'));
    await cache.verify(token);
    now += 8 * 3_600_000 + 1_000;
    await expect(cache.verify(token)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('remembers no failure', async () => {
    const { inner, calls } = counted();
    const cache = new CachedTokenVerifier(inner, { now: () => T0.getTime() });
    await expect(cache.verify('not.a.token')).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(cache.verify('not.a.token')).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(calls.verify).toBe(2);
  });

  it('forgets the oldest token past maxEntries', async () => {
    const { issuer, inner, calls } = counted();
    const cache = new CachedTokenVerifier(inner, { now: () => T0.getTime(), maxEntries: 2 });
    const tokens = await Promise.all(['a', 'b', 'c'].map((id) => issuer.issue(person(id))));
    for (const token of tokens) await cache.verify(token);
    await cache.verify(tokens[2] ?? '');
    await cache.verify(tokens[1] ?? '');
    expect(calls.verify).toBe(3);
    await cache.verify(tokens[0] ?? '');
    expect(calls.verify).toBe(4);
  });

  it('hands out copies, so a caller cannot change what others get', async () => {
    const { issuer, inner } = counted();
    const cache = new CachedTokenVerifier(inner, { now: () => T0.getTime() });
    const token = await issuer.issue(person('megan'));
    (await cache.verify(token)).appRoles.push('Northstar.Admin');
    await expect(cache.verify(token)).resolves.toEqual(person('megan'));
  });
});
