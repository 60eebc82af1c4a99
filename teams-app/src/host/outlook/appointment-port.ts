/** Someone invited to the appointment, as Outlook lists them. */
export interface AppointmentAttendee {
  /** The SMTP address, as typed or resolved in Outlook. */
  email: string;
  /** The display name; the address when Outlook has none. */
  name: string;
}

/** The appointment's current start and end. */
export interface AppointmentWindow {
  start: Date;
  end: Date;
}

/** What the scheduling screen writes into the appointment. */
export interface MeetingDraft {
  start: Date;
  end: Date;
  subject: string;
  /** The agenda as HTML; it replaces the appointment's body. */
  bodyHtml: string;
}

/**
 * The appointment being organized in Outlook, behind a port: the Office.js adapter
 * (`office-appointment.ts`) is the real one, `FakeAppointment` the one for screen tests. Every
 * method rejects with an {@link AppointmentError} only.
 */
export interface AppointmentPort {
  /** The required and optional attendees, each address once (the organizer is not listed). */
  readAttendees(): Promise<AppointmentAttendee[]>;
  /** The start and end the appointment has now. */
  readWindow(): Promise<AppointmentWindow>;
  /** Sets start, end, subject and body, in that order; stops at the first part that fails. */
  writeMeeting(draft: MeetingDraft): Promise<void>;
}

/**
 * Outlook refused or failed one step on the appointment. `message` says which step in plain
 * words, with Outlook's own reason; the Office error, if any, is the `cause`.
 */
export class AppointmentError extends Error {
  constructor(
    readonly step: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${step} failed (${reason})`, options);
    this.name = 'AppointmentError';
  }
}

/**
 * The page was opened as Outlook's task pane (`?host=outlook`): either connected to the
 * appointment being organized, or not, with the reason in plain words.
 */
export type OutlookTaskPane =
  { status: 'connected'; appointment: AppointmentPort } | { status: 'unavailable'; reason: string };
