import type { WorkingHours } from '../../contracts/person.js';

/** A half-open time range `[start, end)` as ISO 8601 instants (`2026-11-30T09:00:00.000Z`). */
export interface SlotRange {
  start: string;
  end: string;
}

/** Someone who has to be at a meeting: when they work (in their own zone) and when they're busy. */
export interface SlotAttendee {
  id: string;
  /** How explanations name the attendee; the id when absent. */
  name?: string;
  workingHours: WorkingHours;
  /** Anything that blocks a meeting; any order, may overlap. */
  busy: SlotRange[];
}

/**
 * How a suggested time suits one attendee. Slot finding never suggests a time that clashes with
 * a busy block, so `busy` appears only where another source (a calendar) reports it.
 */
export type SlotAvailability = 'free' | 'busy' | 'outside_hours';

/** One attendee's availability at a suggested time. */
export interface AttendeeAvailability {
  personId: string;
  availability: SlotAvailability;
}

/** A suggested meeting time. */
export interface Suggestion extends SlotRange {
  /** 0-100: the share of attendees free inside their working hours (100 when all are). */
  confidence: number;
  /** One entry per attendee, in the order they were given. */
  attendeeAvailability: AttendeeAvailability[];
}

/** What to look for, whoever the attendees are. */
export interface SlotSearch {
  /** Where to look; suggestions lie wholly inside it. */
  window: SlotRange;
  durationMinutes: number;
  /** Candidate starts sit on a grid of this many minutes from the Unix epoch (default 15). */
  stepMinutes?: number;
  /** When false, times outside someone's working hours are allowed, ranked last (default true). */
  respectWorkingHours?: boolean;
  /** Nothing starts before this instant; omit to allow any time in the window. */
  now?: string;
  /** Whose mid-morning is preferred when ranking (default: the first attendee's zone). */
  timeZone?: string;
}

/** Input of `findSlots` and `explainNoSlots`. */
export interface FindSlotsInput extends SlotSearch {
  /** At least one; the first is taken as the organizer for ranking. */
  attendees: SlotAttendee[];
  /** At most this many suggestions (default 10). */
  maxSuggestions?: number;
}

/** Default grid of candidate start times, in minutes. */
export const DEFAULT_STEP_MINUTES = 15;
/** Default number of suggestions. */
export const DEFAULT_MAX_SUGGESTIONS = 10;
