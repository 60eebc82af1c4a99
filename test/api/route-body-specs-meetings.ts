import fc from 'fast-check';
import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_UNRELATED_ID,
  FABRIKAM_PERSON_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import type { BodySpec } from './hostile-bodies.js';
import {
  badId,
  badInstant,
  badInt,
  badText,
  blankText,
  json,
  longerThan,
  notAString,
  notAnObject,
  unknownId,
  type JsonText,
} from './hostile-values.js';

const DAY = 86_400_000;

/** The instant `days` days from now (whole minutes), ISO 8601 in UTC. */
export function daysFromNow(days: number): string {
  return new Date(Math.floor((Date.now() + days * DAY) / 60_000) * 60_000).toISOString();
}

/** The search window every valid body uses: tomorrow to a fortnight on. */
export const WINDOW = { windowStart: daysFromNow(1), windowEnd: daysFromNow(15) };

/** Lists that are no list of 1 to 20 distinct ids of people in the caller's organisation. */
function badPeople(strangers: readonly string[]): JsonText {
  return fc.oneof(
    notAnObject,
    fc.constantFrom('null', '[]', '{}', '[null]', `["${DEMO_EMPLOYEE_ID}","${DEMO_EMPLOYEE_ID}"]`),
    badId.map((id) => `[${id}]`),
    unknownId.map((id) => `[${id}]`),
    fc.constantFrom(...strangers).map((id) => `["${DEMO_EMPLOYEE_ID}","${id}"]`),
    fc
      .integer({ min: 21, max: 30 })
      .map((n) => JSON.stringify([...Array(n).keys()].map((i) => `person-${i}`))),
  );
}

/** Window ends that are malformed, not after the start, or more than 62 days after it. */
const badWindowEnd: JsonText = fc.oneof(
  badInstant,
  json(fc.constantFrom(WINDOW.windowStart, daysFromNow(0), daysFromNow(-3))),
  json(fc.integer({ min: 64, max: 400 }).map((days) => daysFromNow(days))),
);

/** What is no IANA time zone: the contract's `timeZone` is handed on to the calendar. */
const badTimeZone: JsonText = fc.oneof(
  notAString,
  json(fc.constantFrom('', 'Mars/Olympus', 'UTC+5', 'Asia/Kolkata ', 'GMT+25', 'x'.repeat(65))),
);

/** `POST /api/meetings/find-times` by the manager. */
export const findTimesSpec: BodySpec = {
  valid: {
    attendeeIds: [DEMO_EMPLOYEE_ID],
    durationMinutes: 30,
    ...WINDOW,
    timeZone: 'Asia/Kolkata',
  },
  required: ['attendeeIds', 'durationMinutes', 'windowStart', 'windowEnd'],
  known: ['attendeeIds', 'durationMinutes', 'windowStart', 'windowEnd', 'timeZone'],
  bad: {
    attendeeIds: badPeople([FABRIKAM_PERSON_ID]),
    durationMinutes: badInt(15, 480),
    windowStart: badInstant,
    windowEnd: badWindowEnd,
    timeZone: badTimeZone,
  },
};

const START = daysFromNow(3);
const END = new Date(Date.parse(START) + 30 * 60_000).toISOString();

/** `POST /api/meetings` by the manager, for a review (so any `oneOnOneId` is one too many). */
export const createMeetingSpec: BodySpec = {
  valid: {
    attendeeIds: [DEMO_EMPLOYEE_ID],
    start: START,
    end: END,
    subject: 'Mid-year review: Arjun',
    agenda: 'Goals this half\nGrowth plan',
    timeZone: 'Asia/Kolkata',
    reviewId: 'r-fuzzed-review',
  },
  required: ['attendeeIds', 'start', 'end', 'subject'],
  known: ['attendeeIds', 'start', 'end', 'subject', 'agenda', 'timeZone', 'reviewId', 'oneOnOneId'],
  bad: {
    attendeeIds: badPeople([FABRIKAM_PERSON_ID]),
    start: badInstant,
    end: fc.oneof(
      badInstant,
      json(fc.constantFrom(START, daysFromNow(1))),
      json(fc.integer({ min: 64, max: 400 }).map((days) => daysFromNow(days))),
    ),
    subject: fc.oneof(badText(200), blankText),
    agenda: longerThan(8000),
    timeZone: badTimeZone,
    reviewId: badId,
    oneOnOneId: fc.oneof(badId, json(fc.constant('oo-any-1-on-1'))),
  },
};

/** `POST /api/meetings/schedule-team` by the manager, for one of her reports. */
export const scheduleTeamSpec: BodySpec = {
  valid: {
    reportIds: [DEMO_EMPLOYEE_ID],
    durationMinutes: 45,
    ...WINDOW,
    subject: 'Mid-year review',
    agenda: 'Goals\nGrowth',
  },
  required: ['durationMinutes', 'windowStart', 'windowEnd', 'subject'],
  known: ['reportIds', 'durationMinutes', 'windowStart', 'windowEnd', 'subject', 'agenda'],
  bad: {
    reportIds: badPeople([DEMO_UNRELATED_ID, DEMO_MANAGER_ID, FABRIKAM_PERSON_ID]),
    durationMinutes: badInt(15, 240),
    windowStart: badInstant,
    windowEnd: badWindowEnd,
    subject: fc.oneof(badText(150), blankText),
    agenda: longerThan(8000),
  },
};
