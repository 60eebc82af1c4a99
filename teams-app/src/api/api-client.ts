import {
  AlignmentResponseSchema,
  CheckInSchema,
  GoalViewSchema,
  MeResponseSchema,
  OpenCycleResultSchema,
  PersonSchema,
  ReviewCycleSchema,
  ReviewViewSchema,
  SmartCheckResponseSchema,
  pageSchema,
  type AlignmentResponse,
  type CheckIn,
  type CreateCheckIn,
  type CreateCycle,
  type CreateGoal,
  type GoalView,
  type MeResponse,
  type OpenCycleResult,
  type Page,
  type Person,
  type ReviewCommand,
  type ReviewCycle,
  type ReviewView,
  type SmartCheckRequest,
  type SmartCheckResponse,
  type UpdateGoal,
  type UpdateReviewSection,
  CreatedMeetingSchema,
  FindTimesResponseSchema,
  ScheduleTeamResponseSchema,
  type CreateMeeting,
  type CreatedMeeting,
  type FindTimes,
  type ScheduleTeam,
} from '@northstar/shared';
import { z } from 'zod';
import { ApiError } from './api-error';

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

interface CallOptions {
  method?: string;
  body?: unknown;
  ifMatch?: string;
  signal?: AbortSignal;
}

/** The Northstar API, typed and checked with the same zod contracts as the server. */
export class ApiClient {
  constructor(
    private readonly getToken: () => Promise<string | null>,
    private readonly baseUrl = '/api',
  ) {}

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

  listReviews(query: ReviewListQuery = {}): Promise<Page<ReviewView>> {
    return this.call(`/reviews${toQuery(query)}`, ReviewPageSchema);
  }

  getReview(id: string): Promise<ReviewView> {
    return this.call(`/reviews/${encodeURIComponent(id)}`, ReviewViewSchema);
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

  private async call<T>(
    path: string,
    schema: z.ZodType<T>,
    options: CallOptions = {},
    auth = true,
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (auth) {
      const token = await this.getToken();
      if (token) headers.authorization = `Bearer ${token}`;
    }
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
    let response: Response;
    try {
      response = await fetch(this.baseUrl + path, {
        method: options.method ?? 'GET',
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new ApiError(0, undefined);
    }
    const body = await readJson(response);
    if (!response.ok)
      throw new ApiError(response.status, body as Record<string, never> | undefined);
    return schema.parse(body);
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

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toQuery(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
