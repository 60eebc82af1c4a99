import type { Person } from '@northstar/shared';
import type {
  BatchOutcome,
  CalendarService,
  CreatedEvent,
  FreeBusy,
  MeetingSuggestion,
  NewEvent,
  TimeRange,
} from '../../ports/calendar.js';
import type { Directory } from '../../ports/directory.js';

type MeetingRequest = Parameters<CalendarService['findMeetingTimes']>[2];

/** `use(resolve(tenantId))`, with a thrown error (no caller) as a rejection like any other. */
function on<A, T>(
  resolve: (tenantId: string) => A,
  tenantId: string,
  use: (adapter: A) => Promise<T>,
): Promise<T> {
  return new Promise<T>((done) => {
    done(use(resolve(tenantId)));
  });
}

/**
 * A {@link Directory} that picks the one to ask on every call, for the tenant of that call:
 * the Graph directory acting as the caller of the request being served
 * (`tenantId => graphDirectoryFor(options, scope.assertionFor(tenantId))`). When `resolve`
 * throws (no caller), the call rejects like any other. The port keeps its shape, so the
 * features do not change.
 */
export class RequestScopedDirectory implements Directory {
  constructor(private readonly resolve: (tenantId: string) => Directory) {}

  getPerson(tenantId: string, id: string): Promise<Person | null> {
    return on(this.resolve, tenantId, (a) => a.getPerson(tenantId, id));
  }

  searchPeople(tenantId: string, search: string, limit: number): Promise<Person[]> {
    return on(this.resolve, tenantId, (a) => a.searchPeople(tenantId, search, limit));
  }

  getDirectReports(tenantId: string, id: string): Promise<Person[]> {
    return on(this.resolve, tenantId, (a) => a.getDirectReports(tenantId, id));
  }

  getManagementChain(tenantId: string, id: string): Promise<Person[]> {
    return on(this.resolve, tenantId, (a) => a.getManagementChain(tenantId, id));
  }
}

/** The {@link CalendarService} counterpart of {@link RequestScopedDirectory}. */
export class RequestScopedCalendar implements CalendarService {
  constructor(private readonly resolve: (tenantId: string) => CalendarService) {}

  getFreeBusy(
    tenantId: string,
    actingUserId: string,
    personIds: string[],
    window: TimeRange,
  ): Promise<FreeBusy[]> {
    return on(this.resolve, tenantId, (a) =>
      a.getFreeBusy(tenantId, actingUserId, personIds, window),
    );
  }

  findMeetingTimes(
    tenantId: string,
    actingUserId: string,
    request: MeetingRequest,
  ): Promise<MeetingSuggestion[]> {
    return on(this.resolve, tenantId, (a) => a.findMeetingTimes(tenantId, actingUserId, request));
  }

  createEvent(tenantId: string, actingUserId: string, event: NewEvent): Promise<CreatedEvent> {
    return on(this.resolve, tenantId, (a) => a.createEvent(tenantId, actingUserId, event));
  }

  createEvents(
    tenantId: string,
    actingUserId: string,
    events: NewEvent[],
  ): Promise<BatchOutcome[]> {
    return on(this.resolve, tenantId, (a) => a.createEvents(tenantId, actingUserId, events));
  }
}
