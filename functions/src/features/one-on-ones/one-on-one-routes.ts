import { z } from 'zod';
import {
  CreateOneOnOneSchema,
  CreateOneOnOneSeriesSchema,
  IdSchema,
  OneOnOneSeriesSchema,
  OneOnOneViewSchema,
  PrivateNoteSchema,
  PutPrivateNoteSchema,
} from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { callerResolver } from '../access/caller.js';
import { agendaRoutes } from './agenda-routes.js';
import { oneOnOneDepsOf } from './one-on-one-deps.js';
import { createOccurrence, listOccurrences } from './occurrence-service.js';
import { getPrivateNote, putPrivateNote } from './private-note-service.js';
import { createSeries, listSeries } from './series-service.js';

const NoQuerySchema = z.strictObject({});
const SeriesParamsSchema = z.strictObject({ seriesId: IdSchema });
const MeetingParamsSchema = z.strictObject({ seriesId: IdSchema, id: IdSchema });

/** 1:1 series, their meetings, agendas, action items and private notes. */
export function oneOnOneRoutes(app: AppServices): Route[] {
  return [...seriesRoutes(app), ...agendaRoutes(app), ...privateNoteRoutes(app)];
}

function seriesRoutes(app: AppServices): Route[] {
  const deps = oneOnOneDepsOf(app);
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'createOneOnOneSeries',
      method: 'POST',
      path: '/one-on-ones',
      authenticate: true,
      successStatus: 201,
      summary: 'Start a 1:1 series with one of your direct reports',
      body: CreateOneOnOneSeriesSchema,
      response: OneOnOneSeriesSchema,
      handler: async ({ identity, body }) => {
        const series = await createSeries(deps, await caller(identity), body);
        const location = `/api/one-on-ones/${series.id}`;
        return { body: series, etag: series.etag, headers: { location } };
      },
    }),
    defineRoute({
      name: 'listOneOnOneSeries',
      method: 'GET',
      path: '/one-on-ones',
      authenticate: true,
      summary: 'The 1:1 series you take part in',
      query: NoQuerySchema,
      response: z.object({ items: z.array(OneOnOneSeriesSchema) }),
      handler: async ({ identity }) => ({
        body: { items: await listSeries(deps, await caller(identity)) },
      }),
    }),
    defineRoute({
      name: 'createOneOnOne',
      method: 'POST',
      path: '/one-on-ones/{seriesId}/meetings',
      authenticate: true,
      successStatus: 201,
      summary: 'Schedule the next 1:1: carries open action items over, lists changed goals',
      params: SeriesParamsSchema,
      body: CreateOneOnOneSchema,
      response: OneOnOneViewSchema,
      handler: async ({ identity, params, body }) => {
        const meeting = await createOccurrence(deps, await caller(identity), params.seriesId, body);
        return { body: meeting, etag: meeting.etag };
      },
    }),
    defineRoute({
      name: 'listOneOnOnes',
      method: 'GET',
      path: '/one-on-ones/{seriesId}/meetings',
      authenticate: true,
      summary: 'The 1:1s of a series, earliest first',
      params: SeriesParamsSchema,
      query: NoQuerySchema,
      response: z.object({ items: z.array(OneOnOneViewSchema) }),
      handler: async ({ identity, params }) => ({
        body: { items: await listOccurrences(deps, await caller(identity), params.seriesId) },
      }),
    }),
  ];
}

function privateNoteRoutes(app: AppServices): Route[] {
  const deps = oneOnOneDepsOf(app);
  const caller = callerResolver(app);
  const path = '/one-on-ones/{seriesId}/meetings/{id}/private-note';
  return [
    defineRoute({
      name: 'putOneOnOnePrivateNote',
      method: 'PUT',
      path,
      authenticate: true,
      summary: 'Write your own private note on a 1:1 (If-Match once it exists)',
      params: MeetingParamsSchema,
      body: PutPrivateNoteSchema,
      response: PrivateNoteSchema,
      handler: async ({ identity, params, body, ifMatch }) => {
        const target = { ...params, ifMatch };
        const { note, created } = await putPrivateNote(deps, await caller(identity), target, body);
        return { status: created ? 201 : 200, body: note, etag: note.etag };
      },
    }),
    defineRoute({
      name: 'getOneOnOnePrivateNote',
      method: 'GET',
      path,
      authenticate: true,
      summary: 'Your own private note on a 1:1; nobody else’s is ever returned',
      params: MeetingParamsSchema,
      query: NoQuerySchema,
      response: PrivateNoteSchema,
      handler: async ({ identity, params }) => {
        const note = await getPrivateNote(deps, await caller(identity), params);
        return { body: note, etag: note.etag };
      },
    }),
  ];
}
