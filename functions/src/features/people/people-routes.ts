import { z } from 'zod';
import { IdSchema, MeResponseSchema, PeopleQuerySchema, PersonSchema } from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { callerResolver } from '../access/caller.js';
import { describeMe, getPerson } from './people-service.js';

const PersonParamsSchema = z.strictObject({ id: IdSchema });
const PeopleSchema = z.object({ items: z.array(PersonSchema) });

/** The caller and the directory of their tenant. */
export function peopleRoutes(app: AppServices): Route[] {
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'getMe',
      method: 'GET',
      path: '/me',
      authenticate: true,
      summary: 'The caller, their roles, manager and direct reports',
      response: MeResponseSchema,
      handler: async ({ identity }) => ({
        body: await describeMe(app.directory, await caller(identity)),
      }),
    }),
    defineRoute({
      name: 'searchPeople',
      method: 'GET',
      path: '/people',
      authenticate: true,
      summary: 'People of the caller’s organisation matching a search',
      query: PeopleQuerySchema,
      response: PeopleSchema,
      handler: async ({ identity, query }) => {
        const { tenantId } = await caller(identity);
        return {
          body: { items: await app.directory.searchPeople(tenantId, query.search ?? '', 50) },
        };
      },
    }),
    defineRoute({
      name: 'getPerson',
      method: 'GET',
      path: '/people/{id}',
      authenticate: true,
      summary: 'One person',
      params: PersonParamsSchema,
      response: PersonSchema,
      handler: async ({ identity, params }) => ({
        body: await getPerson(app.directory, await caller(identity), params.id),
      }),
    }),
    defineRoute({
      name: 'getReports',
      method: 'GET',
      path: '/people/{id}/reports',
      authenticate: true,
      summary: 'A person’s direct reports',
      params: PersonParamsSchema,
      response: PeopleSchema,
      handler: async ({ identity, params }) => {
        const who = await caller(identity);
        const person = await getPerson(app.directory, who, params.id);
        return { body: { items: await app.directory.getDirectReports(who.tenantId, person.id) } };
      },
    }),
  ];
}
