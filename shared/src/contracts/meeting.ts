import { z } from 'zod';
import { isValidTimeZone } from '../domain/slots/zoned-time.js';
import { IdSchema, InstantSchema } from './common.js';

/** An IANA time zone this runtime knows; it is handed on to the calendar, which needs one. */
const TimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, { error: 'is not an IANA time zone (e.g. Europe/London)' });

/** The longest meeting: as far as Graph's `getSchedule` (and the demo calendar) look ahead. */
const MAX_MEETING_MS = 62 * 86_400_000;

const AttendeesSchema = z
  .array(IdSchema)
  .min(1)
  .max(20)
  .refine((ids) => new Set(ids).size === ids.length, { error: 'must not name a person twice' });

/** `POST /api/meetings/find-times`: the caller is the organizer and always attends. */
export const FindTimesSchema = z
  .strictObject({
    attendeeIds: AttendeesSchema,
    durationMinutes: z.number().int().min(15).max(480),
    windowStart: InstantSchema,
    windowEnd: InstantSchema,
    timeZone: TimeZoneSchema.optional(),
  })
  .refine((r) => Date.parse(r.windowEnd) > Date.parse(r.windowStart), {
    error: 'must be after windowStart',
    path: ['windowEnd'],
  })
  .refine((r) => Date.parse(r.windowEnd) - Date.parse(r.windowStart) <= 62 * 86_400_000, {
    error: 'must be at most 62 days after windowStart',
    path: ['windowEnd'],
  });
export type FindTimes = z.infer<typeof FindTimesSchema>;

export const MeetingSuggestionSchema = z.object({
  start: z.string(),
  end: z.string(),
  confidence: z.number(),
  attendeeAvailability: z.array(
    z.object({
      personId: z.string(),
      availability: z.enum(['free', 'tentative', 'busy', 'unknown']),
    }),
  ),
});

export const FindTimesResponseSchema = z.object({ suggestions: z.array(MeetingSuggestionSchema) });

/** `POST /api/meetings`: books a Teams meeting with the agenda in its body. */
export const CreateMeetingSchema = z
  .strictObject({
    attendeeIds: AttendeesSchema,
    start: InstantSchema,
    end: InstantSchema,
    subject: z.string().trim().min(1).max(200),
    agenda: z.string().max(8000).optional(),
    timeZone: TimeZoneSchema.optional(),
    reviewId: IdSchema.optional(),
    oneOnOneId: IdSchema.optional(),
  })
  .refine((m) => Date.parse(m.end) > Date.parse(m.start), {
    error: 'must be after start',
    path: ['end'],
  })
  .refine((m) => Date.parse(m.end) - Date.parse(m.start) <= MAX_MEETING_MS, {
    error: 'must be at most 62 days after start',
    path: ['end'],
  })
  .refine((m) => m.reviewId === undefined || m.oneOnOneId === undefined, {
    error: 'name a review or a 1:1, not both',
    path: ['oneOnOneId'],
  });
export type CreateMeeting = z.infer<typeof CreateMeetingSchema>;

export const CreatedMeetingSchema = z.object({
  eventId: z.string(),
  joinUrl: z.string().nullable(),
  transactionId: z.string(),
  start: z.string(),
  end: z.string(),
});
export type CreatedMeeting = z.infer<typeof CreatedMeetingSchema>;

/** `POST /api/meetings/schedule-team`: one meeting with each report, none overlapping. */
export const ScheduleTeamSchema = z
  .strictObject({
    reportIds: AttendeesSchema.optional(),
    durationMinutes: z.number().int().min(15).max(240),
    windowStart: InstantSchema,
    windowEnd: InstantSchema,
    subject: z.string().trim().min(1).max(150),
    agenda: z.string().max(8000).optional(),
  })
  .refine((r) => Date.parse(r.windowEnd) > Date.parse(r.windowStart), {
    error: 'must be after windowStart',
    path: ['windowEnd'],
  })
  .refine((r) => Date.parse(r.windowEnd) - Date.parse(r.windowStart) <= 62 * 86_400_000, {
    error: 'must be at most 62 days after windowStart',
    path: ['windowEnd'],
  });
export type ScheduleTeam = z.infer<typeof ScheduleTeamSchema>;

/** What happened for one report: booked (with when and the join link) or why not. */
export const TeamBookingSchema = z.object({
  personId: z.string(),
  status: z.enum(['booked', 'not_booked']),
  start: z.string().optional(),
  end: z.string().optional(),
  joinUrl: z.string().nullable().optional(),
  reason: z.string().optional(),
});
export type TeamBooking = z.infer<typeof TeamBookingSchema>;

export const ScheduleTeamResponseSchema = z.object({ items: z.array(TeamBookingSchema) });
