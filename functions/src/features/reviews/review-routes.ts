import { z } from 'zod';
import {
  IdSchema,
  ReviewCommandSchema,
  ReviewDetailSchema,
  ReviewQuerySchema,
  ReviewViewSchema,
  UpdateReviewSectionSchema,
  pageSchema,
} from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { callerResolver } from '../access/caller.js';
import { cycleRoutes } from './cycle-routes.js';
import { reviewDepsOf } from './review-deps.js';
import {
  getReviewDetail,
  listReviews,
  runReviewCommand,
  updateReviewSection,
} from './review-service.js';

const IdParamsSchema = z.strictObject({ id: IdSchema });

/** Review cycles and reviews. */
export function reviewRoutes(app: AppServices): Route[] {
  return [...cycleRoutes(app), ...reviewReadRoutes(app), ...reviewWriteRoutes(app)];
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
      summary: 'One review as the caller may see it, with its template and goals section',
      params: IdParamsSchema,
      response: ReviewDetailSchema,
      handler: async ({ identity, params }) => {
        const detail = await getReviewDetail(deps, await caller(identity), params.id);
        return { body: detail, etag: detail.review.etag };
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
