import type {
  AppointmentAttendee,
  AppointmentPort,
  AppointmentWindow,
  MeetingDraft,
} from './appointment-port';

/** How a `FakeAppointment` answers. An `Error` makes that call reject with it. */
export interface FakeAppointmentOptions {
  attendees?: AppointmentAttendee[] | Error;
  /** Default: 1 December 2026, 09:00-09:30 UTC. */
  window?: AppointmentWindow | Error;
  /** `'never'` keeps `writeMeeting` pending (to see the screen while it writes). */
  write?: 'ok' | 'never' | Error;
}

/**
 * An in-memory {@link AppointmentPort} for screen tests: answers from its options (change them
 * between calls, e.g. to let a retry succeed) and keeps every draft written in `written`.
 */
export class FakeAppointment implements AppointmentPort {
  readonly written: MeetingDraft[] = [];
  attendeeReads = 0;

  constructor(public options: FakeAppointmentOptions = {}) {}

  readAttendees(): Promise<AppointmentAttendee[]> {
    this.attendeeReads += 1;
    return answer(this.options.attendees ?? []).then((list) => list.map((a) => ({ ...a })));
  }

  readWindow(): Promise<AppointmentWindow> {
    return answer(
      this.options.window ?? {
        start: new Date('2026-12-01T09:00:00.000Z'),
        end: new Date('2026-12-01T09:30:00.000Z'),
      },
    );
  }

  writeMeeting(draft: MeetingDraft): Promise<void> {
    const write = this.options.write ?? 'ok';
    if (write === 'never') return new Promise<void>(() => undefined);
    if (write instanceof Error) return Promise.reject(write);
    this.written.push(draft);
    return Promise.resolve();
  }
}

function answer<T>(value: T | Error): Promise<T> {
  return value instanceof Error ? Promise.reject(value) : Promise.resolve(value);
}
