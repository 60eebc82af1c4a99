import {
  AlignmentResponseSchema,
  CheckInSchema,
  GoalViewSchema,
  MeResponseSchema,
  PersonSchema,
  SmartCheckResponseSchema,
  pageSchema,
  type AlignmentResponse,
  type CheckIn,
  type CreateCheckIn,
  type CreateGoal,
  type GoalView,
  type MeResponse,
  type Page,
  type Person,
  type SmartCheckRequest,
  type SmartCheckResponse,
  type UpdateGoal,
  CreatedMeetingSchema,
  FindTimesResponseSchema,
  ScheduleTeamResponseSchema,
  type CreateMeeting,
  type CreatedMeeting,
  type FindTimes,
  type ScheduleTeam,
  GoalCardPreviewSchema,
  type GoalCardPreview,
} from '@northstar/shared';
import { z } from 'zod';
import { toQuery } from './api-transport';
import { FeedbackClient } from './feedback-api';

const GoalPageSchema = pageSchema(GoalViewSchema);
const CheckInPageSchema = pageSchema(CheckInSchema);
const PeopleSchema = z.object({ items: z.array(PersonSchema) });
const CheckInResultSchema = z.object({ checkIn: CheckInSchema, goal: GoalViewSchema });
const DevPeopleSchema = z.object({
  items: z.array(z.object({ tenantId: z.string(), tenantName: z.string(), person: PersonSchema })),
});
const TokenSchema = z.object({ token: z.string() });

export type GoalListQuery = {
  ownerId?: string;
  level?: string;
  period?: string;
  parentId?: string;
  status?: string;
  limit?: number;
  cursor?: string;
};

export type { ReviewListQuery } from './review-api';

export type DevPerson = z.infer<typeof DevPeopleSchema>['items'][number];

/**
 * The Northstar API, typed and checked with the same zod contracts as the server. The HTTP side
 * is `ApiTransport`; the 1:1 calls are in `OneOnOneClient`, reviews in `ReviewClient`, kudos,
 * notifications and evidence in `FeedbackClient`.
 */
export class ApiClient extends FeedbackClient {
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

  /** Checks in; the same `idempotencyKey` for a retried submission records it only once. */
  checkIn(
    id: string,
    body: CreateCheckIn,
    idempotencyKey?: string,
  ): Promise<{ checkIn: CheckIn; goal: GoalView }> {
    const path = `/goals/${encodeURIComponent(id)}/checkins`;
    const headers: Record<string, string> =
      idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey };
    return this.call(path, CheckInResultSchema, { method: 'POST', body, headers });
  }

  /** The goal's card as a chat shows it to the caller, and its size in bytes. */
  goalCard(id: string): Promise<GoalCardPreview> {
    return this.call(`/goals/${encodeURIComponent(id)}/card`, GoalCardPreviewSchema);
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
}

type FindTimesResponse = z.infer<typeof FindTimesResponseSchema>;
type ScheduleTeamResponse = z.infer<typeof ScheduleTeamResponseSchema>;
