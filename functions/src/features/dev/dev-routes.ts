import { z } from 'zod';
import { IdSchema, PersonSchema } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';

const SignInSchema = z.strictObject({ personId: IdSchema });

/** FAKE sign-in routes, registered only in dev auth mode. */
export function devRoutes(app: AppServices): Route[] {
  const devSignIn = app.devSignIn;
  if (!devSignIn) return [];
  return [
    defineRoute({
      name: 'listDevPeople',
      method: 'GET',
      path: '/dev/people',
      authenticate: false,
      summary: 'Dev mode only: the demo people one can sign in as',
      response: z.object({
        items: z.array(
          z.object({ tenantId: z.string(), tenantName: z.string(), person: PersonSchema }),
        ),
      }),
      handler: () => Promise.resolve({ body: { items: devSignIn.list() } }),
    }),
    defineRoute({
      name: 'devSignIn',
      method: 'POST',
      path: '/dev/sign-in',
      authenticate: false,
      summary: 'Dev mode only: a short-lived token for a demo person',
      body: SignInSchema,
      response: z.object({ token: z.string(), tenantId: z.string(), person: PersonSchema }),
      handler: async ({ body }) => ({ body: await devSignIn.signIn(body.personId) }),
    }),
  ];
}
