import {
  CycleReportSchema,
  OpenCycleResultSchema,
  ReviewCycleSchema,
  ReviewDetailSchema,
  ReviewViewSchema,
  pageSchema,
  type CreateCycle,
  type CycleReport,
  type OpenCycleResult,
  type Page,
  type ReviewCommand,
  type ReviewCycle,
  type ReviewDetail,
  type ReviewView,
  type UpdateCycle,
  type UpdateReviewSection,
} from '@northstar/shared';
import { z } from 'zod';
import { toQuery } from './api-transport';
import { OneOnOneClient } from './one-on-one-api';

const CyclesSchema = z.object({ items: z.array(ReviewCycleSchema) });
const ReviewPageSchema = pageSchema(ReviewViewSchema);

export type ReviewListQuery = {
  cycleId?: string;
  revieweeId?: string;
  limit?: number;
  cursor?: string;
};

/** Review cycles and reviews: what `ApiClient` offers for the review screens. */
export class ReviewClient extends OneOnOneClient {
  listCycles(): Promise<ReviewCycle[]> {
    return this.call('/cycles', CyclesSchema).then((r) => r.items);
  }

  createCycle(body: CreateCycle): Promise<ReviewCycle> {
    return this.call('/cycles', ReviewCycleSchema, { method: 'POST', body });
  }

  openCycle(id: string, etag: string): Promise<OpenCycleResult> {
    const path = `/cycles/${encodeURIComponent(id)}/open`;
    return this.call(path, OpenCycleResultSchema, { method: 'POST', ifMatch: etag });
  }

  getCycle(id: string): Promise<ReviewCycle> {
    return this.call(`/cycles/${encodeURIComponent(id)}`, ReviewCycleSchema);
  }

  /** Renames a cycle or moves its dates (admins, If-Match). */
  updateCycle(id: string, patch: UpdateCycle, etag: string): Promise<ReviewCycle> {
    const path = `/cycles/${encodeURIComponent(id)}`;
    return this.call(path, ReviewCycleSchema, { method: 'PATCH', body: patch, ifMatch: etag });
  }

  /** Closes an open cycle, freezing its reviews (admins, If-Match). */
  closeCycle(id: string, etag: string): Promise<ReviewCycle> {
    const path = `/cycles/${encodeURIComponent(id)}/state`;
    const options = { method: 'POST', body: { state: 'closed' }, ifMatch: etag };
    return this.call(path, OpenCycleResultSchema, options).then((result) => result.cycle);
  }

  /** Completion per department and rating distribution per manager (admins). */
  cycleReport(id: string): Promise<CycleReport> {
    return this.call(`/cycles/${encodeURIComponent(id)}/report`, CycleReportSchema);
  }

  listReviews(query: ReviewListQuery = {}): Promise<Page<ReviewView>> {
    return this.call(`/reviews${toQuery(query)}`, ReviewPageSchema);
  }

  /** A review as the caller may see it, with its cycle, template and goals section. */
  getReview(id: string): Promise<ReviewDetail> {
    return this.call(`/reviews/${encodeURIComponent(id)}`, ReviewDetailSchema);
  }

  updateReview(id: string, body: UpdateReviewSection, etag: string): Promise<ReviewView> {
    const path = `/reviews/${encodeURIComponent(id)}`;
    return this.call(path, ReviewViewSchema, { method: 'PATCH', body, ifMatch: etag });
  }

  reviewAction(id: string, action: ReviewCommand['action'], etag: string): Promise<ReviewView> {
    const path = `/reviews/${encodeURIComponent(id)}/actions`;
    const options = { method: 'POST', body: { action }, ifMatch: etag };
    return this.call(path, ReviewViewSchema, options);
  }
}
