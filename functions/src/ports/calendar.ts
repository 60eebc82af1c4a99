/** A half-open time range `[start, end)` in ISO 8601 UTC (`2026-11-30T09:00:00.000Z`). */
export interface TimeRange {
  start: string;
  end: string;
}

/** What one person's calendar says about a window. */
export interface FreeBusy {
  personId: string;
  /** Busy, tentative, away or elsewhere: anything that blocks a meeting. */
  busy: TimeRange[];
  /** Working hours as the calendar reports them (Graph `workingHours`), when known. */
  workingHours?: {
    daysOfWeek: string[];
    startTime: string;
    endTime: string;
    timeZone: string;
  };
}

export interface MeetingSuggestion extends TimeRange {
  /** 0-100, as Graph's `confidence`. */
  confidence: number;
  attendeeAvailability: {
    personId: string;
    availability: 'free' | 'tentative' | 'busy' | 'unknown';
  }[];
}

export interface NewEvent extends TimeRange {
  organizerId: string;
  attendeeIds: string[];
  subject: string;
  /** HTML body with the agenda. */
  bodyHtml: string;
  /** Makes a retried create idempotent (Graph `transactionId`). */
  transactionId: string;
  timeZone: string;
}

export interface CreatedEvent extends TimeRange {
  eventId: string;
  joinUrl: string | null;
  transactionId: string;
}

/** One outcome per event of a batch: booked, or why not. */
export type BatchOutcome =
  | { transactionId: string; status: 'created'; event: CreatedEvent }
  | {
      transactionId: string;
      status: 'failed';
      code: 'throttled' | 'conflict' | 'forbidden' | 'upstream_unavailable';
      message: string;
    };

/**
 * Calendars of a tenant's people: Microsoft Graph in production (on behalf of the signed-in
 * user), the demo tenant's seeded calendars locally. `actingUserId` is the caller, whose
 * delegated token Graph uses.
 */
export interface CalendarService {
  getFreeBusy(
    tenantId: string,
    actingUserId: string,
    personIds: string[],
    window: TimeRange,
  ): Promise<FreeBusy[]>;
  findMeetingTimes(
    tenantId: string,
    actingUserId: string,
    request: {
      attendeeIds: string[];
      window: TimeRange;
      durationMinutes: number;
      maxCandidates: number;
      /** Whose day the ranking prefers mid-morning times in; the acting user's when absent. */
      timeZone?: string;
    },
  ): Promise<MeetingSuggestion[]>;
  createEvent(tenantId: string, actingUserId: string, event: NewEvent): Promise<CreatedEvent>;
  /** Creates several events, at most 20 per Graph `$batch` call; each gets its own outcome. */
  createEvents(tenantId: string, actingUserId: string, events: NewEvent[]): Promise<BatchOutcome[]>;
}
