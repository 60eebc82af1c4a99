import { z } from 'zod';
import {
  AddActionItemSchema,
  AddTalkingPointSchema,
  IdSchema,
  UpdateActionItemSchema,
  UpdateSharedNotesSchema,
  UpdateTalkingPointSchema,
} from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { callerResolver } from '../access/caller.js';
import {
  addActionItem,
  addTalkingPoint,
  updateActionItem,
  updateSharedNotes,
  updateTalkingPoint,
} from './agenda-service.js';
import { OneOnOneViewSchema, oneOnOneDepsOf } from './one-on-one-deps.js';

const MEETING = '/one-on-ones/{seriesId}/meetings/{id}';
const MeetingParamsSchema = z.strictObject({ seriesId: IdSchema, id: IdSchema });
const PointParamsSchema = MeetingParamsSchema.extend({ pointId: IdSchema });
const ItemParamsSchema = MeetingParamsSchema.extend({ itemId: IdSchema });

/** The shared parts of a 1:1: agenda, shared notes and action items. */
export function agendaRoutes(app: AppServices): Route[] {
  return [...talkingPointRoutes(app), ...notesAndItemRoutes(app)];
}

function talkingPointRoutes(app: AppServices): Route[] {
  const deps = oneOnOneDepsOf(app);
  const caller = callerResolver(app);
  const common = { authenticate: true, response: OneOnOneViewSchema } as const;
  return [
    defineRoute({
      ...common,
      name: 'addOneOnOneTalkingPoint',
      method: 'POST',
      path: `${MEETING}/talking-points`,
      successStatus: 201,
      summary: 'Add a talking point, optionally linked to goals',
      params: MeetingParamsSchema,
      body: AddTalkingPointSchema,
      handler: async ({ identity, params, body, ifMatch }) => {
        const view = await addTalkingPoint(
          deps,
          await caller(identity),
          { ...params, ifMatch },
          body,
        );
        return { body: view, etag: view.etag };
      },
    }),
    defineRoute({
      ...common,
      name: 'updateOneOnOneTalkingPoint',
      method: 'PATCH',
      path: `${MEETING}/talking-points/{pointId}`,
      summary: 'Edit a talking point or tick it off (If-Match on the 1:1)',
      params: PointParamsSchema,
      body: UpdateTalkingPointSchema,
      handler: async ({ identity, params, body, ifMatch }) => {
        const target = { ...params, ifMatch };
        const view = await updateTalkingPoint(deps, await caller(identity), target, body);
        return { body: view, etag: view.etag };
      },
    }),
  ];
}

function notesAndItemRoutes(app: AppServices): Route[] {
  const deps = oneOnOneDepsOf(app);
  const caller = callerResolver(app);
  const common = { authenticate: true, response: OneOnOneViewSchema } as const;
  return [
    defineRoute({
      ...common,
      name: 'updateOneOnOneSharedNotes',
      method: 'PUT',
      path: `${MEETING}/shared-notes`,
      summary: 'Replace the shared notes (If-Match on the 1:1)',
      params: MeetingParamsSchema,
      body: UpdateSharedNotesSchema,
      handler: async ({ identity, params, body, ifMatch }) => {
        const target = { ...params, ifMatch };
        const view = await updateSharedNotes(deps, await caller(identity), target, body);
        return { body: view, etag: view.etag };
      },
    }),
    defineRoute({
      ...common,
      name: 'addOneOnOneActionItem',
      method: 'POST',
      path: `${MEETING}/action-items`,
      successStatus: 201,
      summary: 'Add an action item owned by one of the participants',
      params: MeetingParamsSchema,
      body: AddActionItemSchema,
      handler: async ({ identity, params, body, ifMatch }) => {
        const view = await addActionItem(
          deps,
          await caller(identity),
          { ...params, ifMatch },
          body,
        );
        return { body: view, etag: view.etag };
      },
    }),
    defineRoute({
      ...common,
      name: 'updateOneOnOneActionItem',
      method: 'PATCH',
      path: `${MEETING}/action-items/{itemId}`,
      summary: 'Edit an action item or mark it done (If-Match on the 1:1)',
      params: ItemParamsSchema,
      body: UpdateActionItemSchema,
      handler: async ({ identity, params, body, ifMatch }) => {
        const target = { ...params, ifMatch };
        const view = await updateActionItem(deps, await caller(identity), target, body);
        return { body: view, etag: view.etag };
      },
    }),
  ];
}
