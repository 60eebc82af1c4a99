import {
  AlignmentResponseSchema,
  CheckInSchema,
  CycleReportSchema,
  GoalViewSchema,
  MeResponseSchema,
  OpenCycleResultSchema,
  PersonSchema,
  ReviewCycleSchema,
  ReviewDetailSchema,
  ReviewViewSchema,
  SmartCheckResponseSchema,
  pageSchema,
  type AlignmentResponse,
  type CheckIn,
  type CreateCheckIn,
  type CreateCycle,
  type CreateGoal,
  type CycleReport,
  type GoalView,
  type MeResponse,
  type OpenCycleResult,
  type Page,
  type Person,
  type ReviewCommand,
  type ReviewCycle,
  type ReviewDetail,
  type ReviewView,
  type SmartCheckRequest,
  type SmartCheckResponse,
  type UpdateCycle,
  type UpdateGoal,
  type UpdateReviewSection,
  CreatedMeetingSchema,
  FindTimesResponseSchema,
  ScheduleTeamResponseSchema,
  type CreateMeeting,
  type CreatedMeeting,
  type FindTimes,
  type ScheduleTeam,
  CompanyValuesResponseSchema,
  KudosViewSchema,
  type GiveKudos,
  type KudosView,
} from '@northstar/shared';
import { z } from 'zod';
import { toQuery } from './api-transport';
import { OneOnOneClient } from './one-on-one-api';

const GoalPageSchema = pageSchema(GoalViewSchema);
const CheckInPageSchema = pageSchema(CheckInSchema);
const PeopleSchema = z.object({ items: z.array(PersonSchema) });
const CheckInResultSchema = z.object({ checkIn: CheckInSchema, goal: GoalViewSchema });
const DevPeopleSchema = z.object({
  items: z.array(z.object({ tenantId: z.string(), tenantName: z.string(), person: PersonSchema })),
});
const CyclesSchema = z.object({ items: z.array(ReviewCycleSchema) });
const ReviewPageSchema = pageSchema(ReviewViewSchema);
const TokenSchema = z.object({ token: z.string() });
const KudosPageSchema = pageSchema(KudosViewSchema);

export type GoalListQuery = {
  ownerId?: string;
  level?: string;
  period?: string;
  parentId?: string;
  status?: string;
  limit?: number;
  cursor?: string;
};

export type ReviewListQuery = {
  cycleId?: string;
  revieweeId?: string;
  limit?: number;
  cursor?: string;
};

export type DevPerson = z.infer<typeof DevPeopleSchema>['items'][number];

/**
 * The Northstar API, typed and checked with the same zod contracts as the server. The HTTP side
 * is `ApiTransport`; the 1:1 calls are in `OneOnOneClient`.
 */
export class ApiClient extends OneOnOneClient {
  me(): Promise<MeResponse> {
    return this.call('/me', MeResponseSchema);
  }

  listGoals(query: GoalListQuery = {}, signal?: AbortSignal): Promise<Page<GoalView>> {
    return this.call(`/goals${toQuery(query)}`, GoalPageSchema, signal ? { signal } : {});
  }

  getGoal(id: string): Promise<GoalView> {
    return this.call(`/goals/${encodeURIComponent(id)}`, GoalViewSchema);
  }

  createGoal(body: CreateGoal): Promise<GoalView> {
    return this.call('/goals', GoalViewSchema, { method: 'POST', body });
  }

  updateGoal(id: string, patch: UpdateGoal, etag: string): Promise<GoalView> {
    const path = `/goals/${encodeURIComponent(id)}`;
    return this.call(path, GoalViewSchema, { method: 'PATCH', body: patch, ifMatch: etag });
  }

  archiveGoal(id: string, etag: string): Promise<GoalView> {
    const path = `/goals/${encodeURIComponent(id)}`;
    return this.call(path, GoalViewSchema, { method: 'DELETE', ifMatch: etag });
  }

  checkIn(id: string, body: CreateCheckIn): Promise<{ checkIn: CheckIn; goal: GoalView }> {
    const path = `/goals/${encodeURIComponent(id)}/checkins`;
    return this.call(path, CheckInResultSchema, { method: 'POST', body });
  }

  listCheckIns(id: string, limit = 100): Promise<Page<CheckIn>> {
    return this.call(
      `/goals/${encodeURIComponent(id)}/checkins?limit=${String(limit)}`,
      CheckInPageSchema,
    );
  }

  smartCheck(draft: SmartCheckRequest, signal?: AbortSignal): Promise<SmartCheckResponse> {
    return this.call('/goals/smart-check', SmartCheckResponseSchema, {
      method: 'POST',
      body: draft,
      ...(signal ? { signal } : {}),
    });
  }

  alignment(query: { period?: string; rootId?: string } = {}): Promise<AlignmentResponse> {
    return this.call(`/alignment${toQuery(query)}`, AlignmentResponseSchema);
  }

  searchPeople(search: string): Promise<Person[]> {
    return this.call(`/people${toQuery({ search })}`, PeopleSchema).then((r) => r.items);
  }

  person(id: string): Promise<Person> {
    return this.call(`/people/${encodeURIComponent(id)}`, PersonSchema);
  }

  reports(id: string): Promise<Person[]> {
    return this.call(`/people/${encodeURIComponent(id)}/reports`, PeopleSchema).then(
      (r) => r.items,
    );
  }

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

  /** Dev mode only: the demo people one can sign in as. */
  devPeople(): Promise<DevPerson[]> {
    return this.call('/dev/people', DevPeopleSchema, {}, false).then((r) => r.items);
  }

  /** Dev mode only: a token for a demo person. */
  devSignIn(personId: string): Promise<string> {
    const options = { method: 'POST', body: { personId } };
    return this.call('/dev/sign-in', TokenSchema, options, false).then((r) => r.token);
  }

  /** Times when the caller and the attendees are free, best first. */
  findMeetingTimes(body: FindTimes): Promise<FindTimesResponse> {
    return this.call('/meetings/find-times', FindTimesResponseSchema, { method: 'POST', body });
  }

  /** Books a Teams meeting with the agenda attached (idempotent). */
  createMeeting(body: CreateMeeting): Promise<CreatedMeeting> {
    return this.call('/meetings', CreatedMeetingSchema, { method: 'POST', body });
  }

  /** Books a non-overlapping meeting with each report; says per person what was booked or why not. */
  scheduleTeam(body: ScheduleTeam): Promise<ScheduleTeamResponse> {
    const path = '/meetings/schedule-team';
    return this.call(path, ScheduleTeamResponseSchema, { method: 'POST', body });
  }

  /** Kudos a person received, newest first (public within the organisation). */
  listKudos(
    personId: string,
    page: { limit?: number; cursor?: string } = {},
  ): Promise<Page<KudosView>> {
    const path = `/people/${encodeURIComponent(personId)}/kudos${toQuery(page)}`;
    return this.call(path, KudosPageSchema);
  }

  /** Gives kudos; the same `idempotencyKey` for a retried submission gives them only once. */
  giveKudos(body: GiveKudos, idempotencyKey: string): Promise<KudosView> {
    const headers = { 'idempotency-key': idempotencyKey };
    return this.call('/kudos', KudosViewSchema, { method: 'POST', body, headers });
  }

  /** The company values of the caller's organisation, in order. */
  companyValues(): Promise<string[]> {
    return this.call('/settings/values', CompanyValuesResponseSchema).then((r) => r.values);
  }
}

type FindTimesResponse = z.infer<typeof FindTimesResponseSchema>;
type ScheduleTeamResponse = z.infer<typeof ScheduleTeamResponseSchema>;
