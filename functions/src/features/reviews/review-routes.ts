import { z } from 'zod';
import {
  CreateCycleSchema,
  IdSchema,
  OpenCycleResultSchema,
  ReviewCommandSchema,
  ReviewCycleSchema,
  ReviewQuerySchema,
  ReviewViewSchema,
  UpdateReviewSectionSchema,
  pageSchema,
} from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { callerResolver } from '../access/caller.js';
import { createCycle, listCycles, openCycle } from './cycle-service.js';
import { reviewDepsOf } from './review-deps.js';
import { getReview, listReviews, runReviewCommand, updateReviewSection } from './review-service.js';

const IdParamsSchema = z.strictObject({ id: IdSchema });
const NoQuerySchema = z.strictObject({});

/** Review cycles and reviews. */
export function reviewRoutes(app: AppServices): Route[] {
  return [...cycleRoutes(app), ...reviewReadRoutes(app), ...reviewWriteRoutes(app)];
}

function cycleRoutes(app: AppServices): Route[] {
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
  ];
}

function reviewReadRoutes(app: AppServices): Route[] {
  const deps = reviewDepsOf(app);
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'listReviews',
      method: 'GET',
      path: '/reviews',
      authenticate: true,
      summary: 'Reviews the caller may see, as they may see them',
      query: ReviewQuerySchema,
      response: pageSchema(ReviewViewSchema),
      handler: async ({ identity, query }) => ({
        body: await listReviews(deps, await caller(identity), query),
      }),
    }),
    defineRoute({
      name: 'getReview',
      method: 'GET',
      path: '/reviews/{id}',
      authenticate: true,
      summary: 'One review as the caller may see it',
      params: IdParamsSchema,
      response: ReviewViewSchema,
      handler: async ({ identity, params }) => {
        const review = await getReview(deps, await caller(identity), params.id);
        return { body: review, etag: review.etag };
      },
    }),
  ];
}

function reviewWriteRoutes(app: AppServices): Route[] {
  const deps = reviewDepsOf(app);
  const caller = callerResolver(app);
  return [
    defineRoute({
      name: 'updateReviewSection',
      method: 'PATCH',
      path: '/reviews/{id}',
      authenticate: true,
      summary: 'Save or submit the self or manager section (If-Match required)',
      params: IdParamsSchema,
      body: UpdateReviewSectionSchema,
      response: ReviewViewSchema,
      handler: async ({ identity, params, body, ifMatch }) => {
        const target = { id: params.id, ifMatch };
        const review = await updateReviewSection(deps, await caller(identity), target, body);
        return { body: review, etag: review.etag };
      },
    }),
    defineRoute({
      name: 'reviewAction',
      method: 'POST',
      path: '/reviews/{id}/actions',
      authenticate: true,
      summary: 'Release, acknowledge or reopen the self review (If-Match required)',
      params: IdParamsSchema,
      body: ReviewCommandSchema,
      response: ReviewViewSchema,
      handler: async ({ identity, params, body, ifMatch }) => {
        const target = { id: params.id, ifMatch };
        const review = await runReviewCommand(deps, await caller(identity), target, body);
        return { body: review, etag: review.etag };
      },
    }),
  ];
}
