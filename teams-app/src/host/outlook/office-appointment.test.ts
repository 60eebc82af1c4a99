import { AppointmentError } from './appointment-port';
import { createOfficeAppointment } from './office-appointment';
import { asyncStatus, outlookOfficeMock } from './office-mock';

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose main module
// pulls in uuid 11 (ESM only), which this jest config does not transform.
jest.mock('office-addin-manifest', () =>
  jest.requireActual<object>('office-addin-manifest/lib/officeApp'),
);

const { Succeeded: SUCCEEDED, Failed: FAILED } = asyncStatus;
const HTML = 'html';

type Callback = (result: object) => void;

const ok = (value?: unknown) => ({ status: SUCCEEDED, value });
const failed = (message: string) => ({
  status: FAILED,
  error: { name: 'GenericResponseError', message, code: 9020 },
});

/** A recipients field answering `getAsync` with `details`. */
function recipients(details: { emailAddress: string; displayName: string }[]) {
  return {
    getAsync(callback: Callback) {
      callback(ok(details.map((d) => ({ ...d, recipientType: 'user' }))));
    },
  };
}

const TEAMS_BLOCK =
  '<div>Microsoft Teams meeting <a href="https://teams.example/join">Join</a></div>';

/** A settable field recording what was set, or failing with `failure`; the body holds HTML. */
function settable(name: string, calls: unknown[][], failure?: string) {
  const current = name === 'body' ? TEAMS_BLOCK : new Date('2026-12-01T09:00:00.000Z');
  return {
    getAsync(...args: unknown[]) {
      (args.at(-1) as Callback)(ok(current));
    },
    setAsync(...args: unknown[]) {
      calls.push([name, ...args.slice(0, -1)]);
      const callback = args.at(-1) as Callback;
      callback(failure === undefined ? ok() : failed(failure));
    },
  };
}

/** Office with an appointment being organized; `failing` makes that field's setAsync fail. */
function officeWith(calls: unknown[][], failing?: { field: string; message: string }) {
  const field = (name: string) =>
    settable(name, calls, failing?.field === name ? failing.message : undefined);
  return outlookOfficeMock({
    AsyncResultStatus: { Succeeded: SUCCEEDED, Failed: FAILED },
    CoercionType: { Html: HTML },
    context: {
      mailbox: {
        item: {
          requiredAttendees: recipients([
            { emailAddress: 'ana.lima@contoso.example', displayName: 'Ana Lima' },
            { emailAddress: 'ext@fabrikam.example', displayName: '' },
          ]),
          optionalAttendees: recipients([
            { emailAddress: 'ANA.LIMA@contoso.example', displayName: 'Ana Lima' },
          ]),
          start: field('start'),
          end: field('end'),
          subject: field('subject'),
          body: field('body'),
        },
      },
    },
  });
}

const draft = {
  start: new Date('2026-12-01T10:00:00.000Z'),
  end: new Date('2026-12-01T11:00:00.000Z'),
  subject: 'Performance review',
  bodyHtml: '<p>Goals</p>',
};

describe('createOfficeAppointment', () => {
  it('reads required and optional attendees, each address once, named by address when nameless', async () => {
    const appointment = createOfficeAppointment(officeWith([]));
    await expect(appointment.readAttendees()).resolves.toEqual([
      { email: 'ana.lima@contoso.example', name: 'Ana Lima' },
      { email: 'ext@fabrikam.example', name: 'ext@fabrikam.example' },
    ]);
  });

  it('reads the current start and end', async () => {
    const window = await createOfficeAppointment(officeWith([])).readWindow();
    expect(window.start.toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('writes start, end, subject and the agenda above the Teams join block, in that order', async () => {
    const calls: unknown[][] = [];
    await createOfficeAppointment(officeWith(calls)).writeMeeting(draft);
    expect(calls).toEqual([
      ['start', draft.start],
      ['end', draft.end],
      ['subject', 'Performance review'],
      [
        'body',
        `<p><b>Agenda from Northstar</b></p><p>Goals</p><p>End of the Northstar agenda</p>${TEAMS_BLOCK}`,
        { coercionType: HTML },
      ],
    ]);
  });

  it.each([
    ['start', 'Setting the start time failed (The item is read-only.)'],
    ['subject', 'Setting the subject failed (The item is read-only.)'],
    ['body', 'Setting the agenda failed (The item is read-only.)'],
  ])('stops with a clear error when Outlook fails to set the %s', async (field, message) => {
    const calls: unknown[][] = [];
    const office = officeWith(calls, { field, message: 'The item is read-only.' });
    const writing = createOfficeAppointment(office).writeMeeting(draft);
    await expect(writing).rejects.toThrow(AppointmentError);
    await expect(writing).rejects.toThrow(message);
    expect(calls.at(-1)?.[0]).toBe(field);
  });

  it('turns a call that throws into an AppointmentError', async () => {
    const office = officeWith([]);
    const item = office.context.mailbox?.item as { subject: { setAsync: () => void } };
    item.subject.setAsync = () => {
      throw new Error('Sys.ArgumentException');
    };
    await expect(createOfficeAppointment(office).writeMeeting(draft)).rejects.toThrow(
      'Setting the subject failed (Sys.ArgumentException)',
    );
  });

  it.each([
    ['no item open', undefined],
    ['a message being read', { subject: 'Hello', start: undefined }],
    ['an appointment being read', { start: new Date() }],
  ])('refuses %s', async (_name, item) => {
    const office = outlookOfficeMock({
      AsyncResultStatus: asyncStatus,
      context: { mailbox: { item } },
    });
    await expect(createOfficeAppointment(office).readAttendees()).rejects.toThrow(
      /open Northstar from a meeting you are organizing/,
    );
  });
});
