import { z } from 'zod';
import {
  CheckInSchema,
  CreateCheckInSchema,
  CreateGoalSchema,
  GoalQuerySchema,
  GoalViewSchema,
  IdSchema,
  PageQuerySchema,
  SmartCheckRequestSchema,
  SmartCheckResponseSchema,
  UpdateGoalSchema,
  checkSmart,
  findPeriod,
  pageSchema,
  periodForDate,
} from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { checkedIdempotencyKey } from '../../http/idempotency-key.js';
import { callerResolver } from '../access/caller.js';
import { addCheckIn, listCheckIns } from './check-ins.js';
import { goalDepsOf } from './goal-deps.js';
import { listGoals, loadVisibleGoal, viewOf } from './goal-reads.js';
import { archiveGoal, createGoal, updateGoal } from './goal-writes.js';

const GoalParamsSchema = z.strictObject({ id: IdSchema });

/** Goals, check-ins and the SMART coach. */
export function goalRoutes(app: AppServices): Route[] {
  const deps = goalDepsOf(app);
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'listGoals',
      method: 'GET',
      path: '/goals',
      authenticate: true,
      summary: 'Goals the caller may see, filtered and paged',
      query: GoalQuerySchema,
      response: pageSchema(GoalViewSchema),
      handler: async ({ identity, query }) => ({
        body: await listGoals(deps, await caller(identity), query),
      }),
    }),
    defineRoute({
      name: 'createGoal',
      method: 'POST',
      path: '/goals',
      authenticate: true,
      successStatus: 201,
      summary: 'Create a goal, optionally aligned to weighted parents',
      body: CreateGoalSchema,
      response: GoalViewSchema,
      handler: async ({ identity, body }) => {
        const goal = await createGoal(deps, await caller(identity), body);
        return { body: goal, etag: goal.etag, headers: { location: `/api/goals/${goal.id}` } };
      },
    }),
    defineRoute({
      name: 'smartCheck',
      method: 'POST',
      path: '/goals/smart-check',
      authenticate: true,
      summary: 'SMART coaching on a draft goal',
      body: SmartCheckRequestSchema,
      response: SmartCheckResponseSchema,
      handler: async ({ identity, body }) => {
        const { settings } = await caller(identity);
        const today = app.clock.now().toISOString().slice(0, 10);
        const period =
          (body.periodId === undefined ? undefined : findPeriod(settings.periods, body.periodId)) ??
          periodForDate(settings.periods, body.dueDate ?? today);
        return { body: checkSmart(body, period ? { today, period } : { today }) };
      },
    }),
    defineRoute({
      name: 'getGoal',
      method: 'GET',
      path: '/goals/{id}',
      authenticate: true,
      summary: 'One goal with its progress and status',
      params: GoalParamsSchema,
      response: GoalViewSchema,
      handler: async ({ identity, params }) => {
        const who = await caller(identity);
        const goal = await viewOf(deps, who, await loadVisibleGoal(deps, who, params.id));
        return { body: goal, etag: goal.etag };
      },
    }),
    defineRoute({
      name: 'updateGoal',
      method: 'PATCH',
      path: '/goals/{id}',
      authenticate: true,
      summary: 'Edit a goal (If-Match required)',
      params: GoalParamsSchema,
      body: UpdateGoalSchema,
      response: GoalViewSchema,
      handler: async ({ identity, params, body, ifMatch }) => {
        const goal = await updateGoal(deps, await caller(identity), params.id, body, ifMatch);
        return { body: goal, etag: goal.etag };
      },
    }),
    defineRoute({
      name: 'archiveGoal',
      method: 'DELETE',
      path: '/goals/{id}',
      authenticate: true,
      summary: 'Archive a goal (If-Match required)',
      params: GoalParamsSchema,
      response: GoalViewSchema,
      handler: async ({ identity, params, ifMatch }) => {
        const goal = await archiveGoal(deps, await caller(identity), params.id, ifMatch);
        return { body: goal, etag: goal.etag };
      },
    }),
    defineRoute({
      name: 'addCheckIn',
      method: 'POST',
      path: '/goals/{id}/checkins',
      authenticate: true,
      successStatus: 201,
      summary: 'Check in progress and confidence (an Idempotency-Key header makes a retry safe)',
      params: GoalParamsSchema,
      body: CreateCheckInSchema,
      response: z.object({ checkIn: CheckInSchema, goal: GoalViewSchema }),
      handler: async ({ identity, params, body, request }) => {
        const idempotencyKey = checkedIdempotencyKey(request.headers.get('idempotency-key'));
        const options = idempotencyKey === undefined ? {} : { idempotencyKey };
        const result = await addCheckIn(deps, await caller(identity), params.id, body, options);
        return { body: result, etag: result.goal.etag };
      },
    }),
    defineRoute({
      name: 'listCheckIns',
      method: 'GET',
      path: '/goals/{id}/checkins',
      authenticate: true,
      summary: 'Check-ins of a goal, newest first',
      params: GoalParamsSchema,
      query: PageQuerySchema,
      response: pageSchema(CheckInSchema),
      handler: async ({ identity, params, query }) => ({
        body: await listCheckIns(deps, await caller(identity), params.id, query),
      }),
    }),
  ];
}
