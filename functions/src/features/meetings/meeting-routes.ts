import {
  CreateMeetingSchema,
  CreatedMeetingSchema,
  FindTimesResponseSchema,
  FindTimesSchema,
  ScheduleTeamResponseSchema,
  ScheduleTeamSchema,
} from '@northstar/shared';
import type { AppServices } from '../../app-services.js';
import { defineRoute, type Route } from '../../http/define-route.js';
import { callerResolver } from '../access/caller.js';
import { createMeeting, findTimes } from './meeting-service.js';
import { scheduleTeam } from './schedule-team.js';

/** Finding times in everyone's calendars and booking the meeting. */
export function meetingRoutes(app: AppServices): Route[] {
  const caller = callerResolver(app);
  const deps = { calendar: app.calendar, directory: app.directory };
  return [
    defineRoute({
      name: 'findMeetingTimes',
      method: 'POST',
      path: '/meetings/find-times',
      authenticate: true,
      summary: 'Ranked meeting times inside every attendee’s working hours',
      body: FindTimesSchema,
      response: FindTimesResponseSchema,
      handler: async ({ identity, body }) => ({
        body: await findTimes(deps, await caller(identity), body),
      }),
    }),
    defineRoute({
      name: 'createMeeting',
      method: 'POST',
      path: '/meetings',
      authenticate: true,
      successStatus: 201,
      summary: 'Book a Teams meeting with the agenda attached (idempotent per request)',
      body: CreateMeetingSchema,
      response: CreatedMeetingSchema,
      handler: async ({ identity, body }) => ({
        body: await createMeeting(deps, await caller(identity), body),
      }),
    }),
    defineRoute({
      name: 'scheduleTeam',
      method: 'POST',
      path: '/meetings/schedule-team',
      authenticate: true,
      summary:
        'Book a non-overlapping meeting with each direct report; per person, booked or why not',
      body: ScheduleTeamSchema,
      response: ScheduleTeamResponseSchema,
      handler: async ({ identity, body }) => ({
        body: { items: await scheduleTeam(deps, await caller(identity), body) },
      }),
    }),
  ];
}
