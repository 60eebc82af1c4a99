import {
  AppointmentError,
  type AppointmentAttendee,
  type AppointmentPort,
  type AppointmentWindow,
  type MeetingDraft,
} from './appointment-port';
import { mergeAgenda } from './agenda-merge';
import type { OfficeApi, OfficeResult } from './office-api';

/**
 * The {@link AppointmentPort} over Office.js: `Office.context.mailbox.item` of an appointment
 * the user is organizing (the manifest shows the button only there). A call Outlook fails
 * (`AsyncResultStatus.Failed`) or throws becomes an `AppointmentError` naming the step.
 */
export function createOfficeAppointment(office: OfficeApi): AppointmentPort {
  return {
    readAttendees: () => readAttendees(office),
    readWindow: () => readWindow(office),
    writeMeeting: (draft) => writeMeeting(office, draft),
  };
}

async function readAttendees(office: OfficeApi): Promise<AppointmentAttendee[]> {
  const item = appointmentItem(office);
  const [required, optional] = await Promise.all([
    officeCall<Office.EmailAddressDetails[]>(office, 'Reading the required attendees', (done) => {
      item.requiredAttendees.getAsync(done);
    }),
    officeCall<Office.EmailAddressDetails[]>(office, 'Reading the optional attendees', (done) => {
      item.optionalAttendees.getAsync(done);
    }),
  ]);
  return uniqueAttendees(
    [...required, ...optional].map((d) => ({
      email: d.emailAddress,
      name: d.displayName || d.emailAddress,
    })),
  );
}

async function readWindow(office: OfficeApi): Promise<AppointmentWindow> {
  const item = appointmentItem(office);
  const [start, end] = await Promise.all([
    officeCall<Date>(office, 'Reading the start time', (done) => {
      item.start.getAsync(done);
    }),
    officeCall<Date>(office, 'Reading the end time', (done) => {
      item.end.getAsync(done);
    }),
  ]);
  return { start, end };
}

async function writeMeeting(office: OfficeApi, draft: MeetingDraft): Promise<void> {
  const item = appointmentItem(office);
  // One after the other: the start before the end (Outlook keeps end after start), and a
  // failure says exactly which part of the appointment was not changed.
  await officeCall(office, 'Setting the start time', (done) => {
    item.start.setAsync(draft.start, done);
  });
  await officeCall(office, 'Setting the end time', (done) => {
    item.end.setAsync(draft.end, done);
  });
  await officeCall(office, 'Setting the subject', (done) => {
    item.subject.setAsync(draft.subject, done);
  });
  const html = { coercionType: office.CoercionType.Html };
  const existing = await officeCall<string>(office, 'Reading the description', (done) => {
    item.body.getAsync(office.CoercionType.Html, done);
  });
  // The body may already hold the Teams join block or the organizer's words: keep them.
  await officeCall(office, 'Setting the agenda', (done) => {
    item.body.setAsync(mergeAgenda(existing, draft.bodyHtml), html, done);
  });
}

function appointmentItem(office: OfficeApi): Office.AppointmentCompose {
  const item = office.context.mailbox?.item;
  if (!isAppointmentCompose(item)) {
    throw new AppointmentError(
      'Opening the meeting',
      'open Northstar from a meeting you are organizing in Outlook',
    );
  }
  return item;
}

/** Read mode and messages have no settable start: only a meeting being organized has. */
function isAppointmentCompose(item: unknown): item is Office.AppointmentCompose {
  if (typeof item !== 'object' || item === null || !('start' in item)) return false;
  const start: unknown = item.start;
  return (
    typeof start === 'object' &&
    start !== null &&
    'setAsync' in start &&
    typeof start.setAsync === 'function'
  );
}

function officeCall<T>(
  office: OfficeApi,
  step: string,
  start: (done: (result: OfficeResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === office.AsyncResultStatus.Failed) {
          const reason = result.error.message || result.error.name || 'Outlook gave no reason';
          reject(new AppointmentError(step, reason, { cause: result.error }));
        } else {
          resolve(result.value);
        }
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      reject(new AppointmentError(step, reason, { cause: error }));
    }
  });
}

function uniqueAttendees(attendees: AppointmentAttendee[]): AppointmentAttendee[] {
  const seen = new Set<string>();
  return attendees.filter((a) => {
    const key = a.email.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
