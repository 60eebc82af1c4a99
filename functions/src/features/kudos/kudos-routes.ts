import { z } from 'zod';
import {
  GiveKudosSchema,
  IdSchema,
  KudosQuerySchema,
  KudosViewSchema,
  pageSchema,
} from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { checkedIdempotencyKey } from '../../http/idempotency-key.js';
import { callerResolver } from '../access/caller.js';
import { kudosDepsOf } from './kudos-deps.js';
import { giveKudos, listKudos } from './kudos-service.js';

const PersonParamsSchema = z.strictObject({ id: IdSchema });

/** Giving kudos, and the kudos a person received. */
export function kudosRoutes(app: AppServices): Route[] {
  const deps = kudosDepsOf(app);
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'giveKudos',
      method: 'POST',
      path: '/kudos',
      authenticate: true,
      summary: 'Give kudos for a company value (an Idempotency-Key header makes a retry safe)',
      body: GiveKudosSchema,
      response: KudosViewSchema,
      successStatus: 201,
      handler: async ({ identity, body, request }) => {
        const idempotencyKey = checkedIdempotencyKey(request.headers.get('idempotency-key'));
        const options = idempotencyKey === undefined ? {} : { idempotencyKey };
        return { body: await giveKudos(deps, await caller(identity), body, options) };
      },
    }),
    defineRoute({
      name: 'listKudos',
      method: 'GET',
      path: '/people/{id}/kudos',
      authenticate: true,
      summary: 'Kudos a person received, newest first (public within the organisation)',
      params: PersonParamsSchema,
      query: KudosQuerySchema,
      response: pageSchema(KudosViewSchema),
      handler: async ({ identity, params, query }) => ({
        body: await listKudos(deps, await caller(identity), params.id, query),
      }),
    }),
  ];
}
