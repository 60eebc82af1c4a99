import type { CreatedEvent, NewEvent, TimeRange } from '../../ports/calendar.js';

/** Where a demo join link points: clearly not a real Teams meeting. */
export const DEMO_JOIN_URL_BASE = 'https://teams.example/demo-meeting/';

interface StoredEvent extends Omit<CreatedEvent, 'start' | 'end'> {
  tenantId: string;
  /** Organizer and attendees: everyone whose calendar the event blocks. */
  people: ReadonlySet<string>;
  start: number;
  end: number;
}

/**
 * FAKE event storage for the demo calendar: events created on one instance, in memory (they
 * vanish on restart), idempotent by transaction id per tenant and organizer, as Graph's
 * `transactionId` is per mailbox.
 */
export class DemoEventStore {
  /** By `tenantId \n organizerId \n transactionId`. */
  private readonly events = new Map<string, StoredEvent>();

  /** Creates the event, or gives back the one created before under the same transaction id. */
  create(tenantId: string, event: NewEvent): CreatedEvent {
    const key = [tenantId, event.organizerId, event.transactionId].join('\n');
    const existing = this.events.get(key);
    if (existing) return copy(existing);
    const eventId = `demo-event-${this.events.size + 1}`;
    const stored: StoredEvent = {
      eventId,
      joinUrl: `${DEMO_JOIN_URL_BASE}${eventId}`,
      transactionId: event.transactionId,
      tenantId,
      people: new Set([event.organizerId, ...event.attendeeIds]),
      start: Date.parse(event.start),
      end: Date.parse(event.end),
    };
    this.events.set(key, stored);
    return copy(stored);
  }

  /** The created events that block `personId` within `[start, end)` (epoch ms). */
  busyOf(tenantId: string, personId: string, start: number, end: number): TimeRange[] {
    return [...this.events.values()]
      .filter((e) => e.tenantId === tenantId && e.people.has(personId))
      .filter((e) => e.start < end && e.end > start)
      .map((e) => ({ start: new Date(e.start).toISOString(), end: new Date(e.end).toISOString() }));
  }
}

function copy(event: StoredEvent): CreatedEvent {
  return {
    eventId: event.eventId,
    joinUrl: event.joinUrl,
    transactionId: event.transactionId,
    start: new Date(event.start).toISOString(),
    end: new Date(event.end).toISOString(),
  };
}
