import { z } from 'zod';
import {
  CreateCycleSchema,
  CycleReportSchema,
  CycleTransitionSchema,
  IdSchema,
  OpenCycleResultSchema,
  ReviewCycleSchema,
  UpdateCycleSchema,
} from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { callerResolver } from '../access/caller.js';
import { transitionCycle, updateCycle } from './cycle-changes.js';
import { cycleReport } from './cycle-report.js';
import { createCycle, listCycles, loadCycle, openCycle } from './cycle-service.js';
import { reviewDepsOf } from './review-deps.js';

const IdParamsSchema = z.strictObject({ id: IdSchema });
const NoQuerySchema = z.strictObject({});

/** Review cycles: create, list, read, change, open or close, and the admin report. */
export function cycleRoutes(app: AppServices): Route[] {
  return [...cycleReadRoutes(app), ...cycleWriteRoutes(app), ...cycleStateRoutes(app)];
}

function cycleReadRoutes(app: AppServices): Route[] {
  const deps = reviewDepsOf(app);
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'listCycles',
      method: 'GET',
      path: '/cycles',
      authenticate: true,
      summary: 'The review cycles of the organisation',
      query: NoQuerySchema,
      response: z.object({ items: z.array(ReviewCycleSchema) }),
      handler: async ({ identity }) => ({
        body: { items: await listCycles(deps, await caller(identity)) },
      }),
    }),
    defineRoute({
      name: 'getCycle',
      method: 'GET',
      path: '/cycles/{id}',
      authenticate: true,
      summary: 'One review cycle of the organisation',
      params: IdParamsSchema,
      query: NoQuerySchema,
      response: ReviewCycleSchema,
      handler: async ({ identity, params }) => {
        const { tenantId } = await caller(identity);
        const cycle = await loadCycle(deps, tenantId, params.id);
        return { body: cycle, etag: cycle.etag };
      },
    }),
    defineRoute({
      name: 'cycleReport',
      method: 'GET',
      path: '/cycles/{id}/report',
      authenticate: true,
      summary: 'Completion per department and ratings per manager (admins)',
      params: IdParamsSchema,
      query: NoQuerySchema,
      response: CycleReportSchema,
      handler: async ({ identity, params }) => ({
        body: await cycleReport(deps, await caller(identity), params.id),
      }),
    }),
  ];
}

function cycleWriteRoutes(app: AppServices): Route[] {
  const deps = reviewDepsOf(app);
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'createCycle',
      method: 'POST',
      path: '/cycles',
      authenticate: true,
      successStatus: 201,
      summary: 'Create a draft review cycle (admins)',
      body: CreateCycleSchema,
      response: ReviewCycleSchema,
      handler: async ({ identity, body }) => {
        const cycle = await createCycle(deps, await caller(identity), body);
        return { body: cycle, etag: cycle.etag, headers: { location: `/api/cycles/${cycle.id}` } };
      },
    }),
    defineRoute({
      name: 'updateCycle',
      method: 'PATCH',
      path: '/cycles/{id}',
      authenticate: true,
      summary: 'Rename a cycle or move its dates (admins, If-Match required)',
      params: IdParamsSchema,
      body: UpdateCycleSchema,
      response: ReviewCycleSchema,
      handler: async ({ identity, params, body, ifMatch }) => {
        const target = { id: params.id, ifMatch };
        const cycle = await updateCycle(deps, await caller(identity), target, body);
        return { body: cycle, etag: cycle.etag };
      },
    }),
  ];
}

function cycleStateRoutes(app: AppServices): Route[] {
  const deps = reviewDepsOf(app);
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'openCycle',
      method: 'POST',
      path: '/cycles/{id}/open',
      authenticate: true,
      summary: 'Open a cycle and create its missing reviews (admins, If-Match)',
      params: IdParamsSchema,
      response: OpenCycleResultSchema,
      handler: async ({ identity, params, ifMatch }) => {
        const result = await openCycle(deps, await caller(identity), params.id, ifMatch);
        return { body: result, etag: result.cycle.etag };
      },
    }),
    defineRoute({
      name: 'transitionCycle',
      method: 'POST',
      path: '/cycles/{id}/state',
      authenticate: true,
      summary: 'Open a draft cycle (creating its reviews) or close an open one (admins, If-Match)',
      params: IdParamsSchema,
      body: CycleTransitionSchema,
      response: OpenCycleResultSchema,
      handler: async ({ identity, params, body, ifMatch }) => {
        const target = { id: params.id, ifMatch };
        const result = await transitionCycle(deps, await caller(identity), target, body);
        return { body: result, etag: result.cycle.etag };
      },
    }),
  ];
}
