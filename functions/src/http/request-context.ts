import { AsyncLocalStorage } from 'node:async_hooks';
import { DomainError } from '../ports/errors.js';
import { readBearerToken } from './auth/bearer.js';
import type { Route } from './define-route.js';

/** The authenticated request being served, for adapters that act on behalf of its caller. */
export interface RequestContext {
  tenantId: string;
  userId: string;
  /**
   * The caller's raw bearer token, already verified: the On-Behalf-Of user assertion; `null`
   * for work the app does itself (a bot activity, a timer), which uses the app's own access.
   */
  userAssertion: string | null;
}

/**
 * Carries the {@link RequestContext} of the request being served through every `await` of its
 * handler (`AsyncLocalStorage`), so the Graph adapters can act as the caller while the
 * `Directory` and `CalendarService` ports keep taking only a tenant id. One per app, made by
 * the composition root.
 */
export class RequestScope {
  private readonly storage = new AsyncLocalStorage<RequestContext>();

  /** Runs `work` (and everything it awaits) inside `context`. */
  run<T>(context: RequestContext, work: () => T): T {
    return this.storage.run(context, work);
  }

  /** Runs `work` as the app itself in `tenantId`: no user behind it (bot activities, timers). */
  runAsApp<T>(tenantId: string, work: () => T): T {
    return this.run({ tenantId, userId: '', userAssertion: null }, work);
  }

  current(): RequestContext | undefined {
    return this.storage.getStore();
  }

  /**
   * The caller's token, for work in `tenantId`; `null` inside {@link runAsApp}. @throws DomainError `unauthenticated` outside
   * an authenticated request, `forbidden` for another tenant than the caller's.
   */
  assertionFor(tenantId: string): string | null {
    const context = this.current();
    if (!context) {
      throw new DomainError(
        'unauthenticated',
        'Microsoft Graph is only used for a signed-in user.',
      );
    }
    if (context.tenantId !== tenantId) {
      throw new DomainError('forbidden', 'Microsoft Graph is only used in your own organisation.');
    }
    return context.userAssertion;
  }
}

/**
 * The routes with every authenticated handler run inside `scope`, holding the identity the
 * pipeline verified and the bearer token it was verified from. Unauthenticated routes are
 * left as they are.
 */
export function withRequestScope(routes: readonly Route[], scope: RequestScope): Route[] {
  return routes.map((route) =>
    route.authenticate
      ? {
          ...route,
          handler: (input) =>
            scope.run(
              {
                tenantId: input.identity.tenantId,
                userId: input.identity.userId,
                userAssertion: readBearerToken(input.request.headers.get('authorization')),
              },
              () => route.handler(input),
            ),
        }
      : route,
  );
}
