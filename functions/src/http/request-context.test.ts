import { setTimeout as delay } from 'node:timers/promises';
import { DomainError } from '../ports/errors.js';
import type { Identity, TokenVerifier } from './auth/identity.js';
import { HttpRequest, InvocationContext } from './azure-functions.js';
import { defineRoute, type Route } from './define-route.js';
import { handleRequest } from './handle-request.js';
import { RequestScope, withRequestScope } from './request-context.js';

/** Each token names its user: `tok-alice` is Alice of tenant t-1. */
const verifier: TokenVerifier = {
  verify: (token) =>
    token.startsWith('tok-')
      ? Promise.resolve<Identity>({
          tenantId: 't-1',
          userId: token.slice(4),
          name: token,
          appRoles: [],
        })
      : Promise.reject(new DomainError('unauthenticated', 'no')),
};

/** A route that reports what the scope holds after some awaited work. */
function probe(scope: RequestScope, authenticate = true): Route {
  return defineRoute({
    name: 'probe',
    method: 'GET',
    path: '/probe',
    summary: 'What the request scope holds',
    authenticate,
    handler: async () => {
      await delay(5);
      return { body: { context: scope.current() ?? null } };
    },
  });
}

async function get(route: Route, token?: string): Promise<unknown> {
  const request = new HttpRequest({
    method: 'GET',
    url: 'http://localhost/api/probe',
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const context = new InvocationContext({ invocationId: 'i', functionName: 'probe' });
  const answer = await handleRequest(route, request, context, verifier);
  return answer.jsonBody;
}

describe('withRequestScope', () => {
  const scope = new RequestScope();

  it('gives the handler the verified caller and the raw bearer token, across awaits', async () => {
    const [route] = withRequestScope([probe(scope)], scope);
    await expect(get(route!, 'tok-alice')).resolves.toEqual({
      context: { tenantId: 't-1', userId: 'alice', userAssertion: 'tok-alice' },
    });
    expect(scope.current()).toBeUndefined();
  });

  it('keeps concurrent requests apart', async () => {
    const [route] = withRequestScope([probe(scope)], scope);
    const users = ['alice', 'bob', 'carol', 'dan'];
    const answers = await Promise.all(users.map((u) => get(route!, `tok-${u}`)));
    expect(answers.map((a) => (a as { context: { userId: string } }).context.userId)).toEqual(
      users,
    );
  });

  it('leaves routes without sign-in outside any scope', async () => {
    const [route] = withRequestScope([probe(scope, false)], scope);
    await expect(get(route!, 'tok-alice')).resolves.toEqual({ context: null });
  });

  it('does not change a route that is not wrapped', async () => {
    await expect(get(probe(scope), 'tok-alice')).resolves.toEqual({ context: null });
  });
});

describe('RequestScope.assertionFor', () => {
  const scope = new RequestScope();
  const alice = { tenantId: 't-1', userId: 'alice', userAssertion: 'jwt-alice' };

  it('gives the caller’s token for the caller’s tenant', () => {
    expect(scope.run(alice, () => scope.assertionFor('t-1'))).toBe('jwt-alice');
  });

  it.each<[string, () => string | null, string]>([
    ['outside a request', () => scope.assertionFor('t-1'), 'unauthenticated'],
    ['for another tenant', () => scope.run(alice, () => scope.assertionFor('t-2')), 'forbidden'],
  ])('refuses %s', (_case, ask, code) => {
    expect(ask).toThrow(expect.objectContaining({ code }) as Error);
  });

  it('gives no user token inside runAsApp, only for that tenant', () => {
    expect(scope.runAsApp('t-1', () => scope.assertionFor('t-1'))).toBeNull();
    expect(() => scope.runAsApp('t-1', () => scope.assertionFor('t-2'))).toThrow(
      expect.objectContaining({ code: 'forbidden' }) as Error,
    );
  });
});
