import { z } from 'zod';
import {
  AddActionItemSchema,
  AddTalkingPointSchema,
  IdSchema,
  OneOnOneViewSchema,
  UpdateActionItemSchema,
  UpdateSharedNotesSchema,
  UpdateTalkingPointSchema,
  type OneOnOneView,
} from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type HttpMethod, type Route } from '../../http/define-route.js';
import { callerResolver, type Caller } from '../access/caller.js';
import {
  addActionItem,
  addTalkingPoint,
  updateActionItem,
  updateSharedNotes,
  updateTalkingPoint,
} from './agenda-service.js';
import { oneOnOneDepsOf, type OneOnOneDeps } from './one-on-one-deps.js';

const MEETING = '/one-on-ones/{seriesId}/meetings/{id}';
const MeetingParamsSchema = z.strictObject({ seriesId: IdSchema, id: IdSchema });
const PointParamsSchema = MeetingParamsSchema.extend({ pointId: IdSchema });
const ItemParamsSchema = MeetingParamsSchema.extend({ itemId: IdSchema });

/** One edit of a 1:1's shared document: params and body in, the updated 1:1 (with ETag) out. */
interface AgendaEdit<P, B> {
  name: string;
  method: HttpMethod;
  path: string;
  summary: string;
  successStatus?: number;
  params: z.ZodType<P>;
  body: z.ZodType<B>;
  run: (
    deps: OneOnOneDeps,
    caller: Caller,
    target: P & { ifMatch: string | undefined },
    body: B,
  ) => Promise<OneOnOneView>;
}

function agendaRoute<P, B>(app: AppServices, edit: AgendaEdit<P, B>): Route {
  const deps = oneOnOneDepsOf(app);
  const caller = callerResolver(app);
  const { run, ...shape } = edit;
  return defineRoute<P, Record<string, never>, B>({
    ...shape,
    authenticate: true,
    response: OneOnOneViewSchema,
    handler: async ({ identity, params, body, ifMatch }) => {
      const view = await run(deps, await caller(identity), { ...params, ifMatch }, body);
      return { body: view, etag: view.etag };
    },
  });
}

/** The shared parts of a 1:1: agenda, shared notes and action items. */
export function agendaRoutes(app: AppServices): Route[] {
  return [
    agendaRoute(app, {
      name: 'addOneOnOneTalkingPoint',
      method: 'POST',
      path: `${MEETING}/talking-points`,
      successStatus: 201,
      summary: 'Add a talking point, optionally linked to goals',
      params: MeetingParamsSchema,
      body: AddTalkingPointSchema,
      run: addTalkingPoint,
    }),
    agendaRoute(app, {
      name: 'updateOneOnOneTalkingPoint',
      method: 'PATCH',
      path: `${MEETING}/talking-points/{pointId}`,
      summary: 'Edit a talking point or tick it off (If-Match on the 1:1)',
      params: PointParamsSchema,
      body: UpdateTalkingPointSchema,
      run: updateTalkingPoint,
    }),
    agendaRoute(app, {
      name: 'updateOneOnOneSharedNotes',
      method: 'PUT',
      path: `${MEETING}/shared-notes`,
      summary: 'Replace the shared notes (If-Match on the 1:1)',
      params: MeetingParamsSchema,
      body: UpdateSharedNotesSchema,
      run: updateSharedNotes,
    }),
    agendaRoute(app, {
      name: 'addOneOnOneActionItem',
      method: 'POST',
      path: `${MEETING}/action-items`,
      successStatus: 201,
      summary: 'Add an action item owned by one of the participants',
      params: MeetingParamsSchema,
      body: AddActionItemSchema,
      run: addActionItem,
    }),
    agendaRoute(app, {
      name: 'updateOneOnOneActionItem',
      method: 'PATCH',
      path: `${MEETING}/action-items/{itemId}`,
      summary: 'Edit an action item or mark it done (If-Match on the 1:1)',
      params: ItemParamsSchema,
      body: UpdateActionItemSchema,
      run: updateActionItem,
    }),
  ];
}
