import type { FindTimes, Person } from '@northstar/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { FakeHost } from '../../host/fake-host';
import { HostProvider } from '../../host/host-context';
import { AppointmentError, type OutlookTaskPane } from '../../host/outlook/appointment-port';
import { FakeAppointment, type FakeAppointmentOptions } from '../../host/outlook/fake-appointment';
import { THEMES, renderScreen } from '../../test/render-screen';
import { Scheduling } from './Scheduling';
import { formatSlot } from './scheduling-format';
import { ana, manager, testSuggestion } from './test-scheduling';

const slot = testSuggestion('2026-12-03T10:00:00.000Z');
const invited = [
  { email: 'ANA.LIMA@contoso.example', name: 'Ana Lima' },
  { email: 'guest@fabrikam.example', name: 'Gus Guest' },
  { email: manager.person.mail, name: manager.person.displayName },
];

/** The people search of the demo directory: by any part of the mail, case-insensitive. */
function searchPeople(people: Person[]) {
  return jest.fn((text: string) =>
    Promise.resolve(people.filter((p) => p.mail.includes(text.toLowerCase()))),
  );
}

function renderTaskPane(appointment: FakeAppointmentOptions, api: Record<string, unknown> = {}) {
  const port = new FakeAppointment({ attendees: invited, ...appointment });
  const taskPane: OutlookTaskPane = { status: 'connected', appointment: port };
  const calls = {
    searchPeople: searchPeople([{ ...ana, mail: 'ana.lima@contoso.example' }]),
    findMeetingTimes: jest.fn((_body: FindTimes) => Promise.resolve({ suggestions: [slot] })),
    createMeeting: jest.fn(),
    ...api,
  };
  const view = renderScreen(
    <HostProvider host={new FakeHost({ outlookTaskPane: taskPane })}>
      <Scheduling />
    </HostProvider>,
    { api: calls, me: manager },
  );
  return { port, calls, ...view };
}

async function findAndUseFirstTime() {
  fireEvent.click(await screen.findByRole('button', { name: 'Find times' }));
  fireEvent.click(await screen.findByRole('button', { name: /^Use this time: / }));
}

describe('Scheduling in the Outlook task pane', () => {
  it('lists the meeting’s people, and addresses outside the organisation apart', async () => {
    const { calls } = renderTaskPane({});
    const people = await screen.findByRole('list', { name: 'Attendees from the meeting' });
    expect(
      within(people)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ana Lima']);
    const outside = screen.getByRole('list', { name: 'Not in your organisation' });
    expect(outside.textContent).toBe('Gus Guest (guest@fabrikam.example)');
    expect(calls.searchPeople.mock.calls).toEqual([
      ['ANA.LIMA@contoso.example'],
      ['guest@fabrikam.example'],
    ]);
    expect(screen.queryByRole('region', { name: 'Find a time' })).toBeNull();
  });

  it('starts as a review and switches to a 1:1 template: subject, length and agenda', async () => {
    renderTaskPane({});
    const subject = await screen.findByRole('textbox', { name: /Subject/ });
    expect(subject).toHaveProperty('value', 'Performance review with Ana Lima');
    expect(screen.getByRole('combobox', { name: 'Duration' })).toHaveProperty('value', '60');
    fireEvent.click(screen.getByRole('radio', { name: '1:1' }));
    expect(subject).toHaveProperty('value', '1:1 with Ana Lima');
    expect(screen.getByRole('combobox', { name: 'Duration' })).toHaveProperty('value', '30');
    expect(screen.getByRole('textbox', { name: 'Agenda' })).toHaveProperty(
      'value',
      expect.stringContaining('Open action items'),
    );
  });

  it('finds times for the people and writes the one used into the meeting, booking nothing', async () => {
    const { port, calls } = renderTaskPane({});
    await findAndUseFirstTime();
    expect(calls.findMeetingTimes.mock.calls[0]?.[0]).toMatchObject({
      attendeeIds: ['ana'],
      durationMinutes: 60,
    });
    const done = await screen.findByRole('status', { name: '' });
    expect(done.textContent).toContain(`The meeting is now ${formatSlot(slot.start, slot.end)}`);
    expect(port.written).toEqual([
      {
        start: new Date(slot.start),
        end: new Date(slot.end),
        subject: 'Performance review with Ana Lima',
        bodyHtml: expect.stringMatching(/^<p>Talk through the review.*<\/p><ul><li>/) as unknown,
      },
    ]);
    expect(calls.createMeeting).not.toHaveBeenCalled();
  });

  it('says what Outlook refused when the meeting cannot be updated', async () => {
    const refused = new AppointmentError('Setting the start time', 'The item is read-only.');
    renderTaskPane({ write: refused });
    await findAndUseFirstTime();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Outlook could not update the meeting: Setting the start time failed (The item is read-only.)',
    );
  });

  it('shows the write in progress and takes no second click', async () => {
    renderTaskPane({ write: 'never' });
    await findAndUseFirstTime();
    expect(screen.getByText('Writing to the Outlook meeting…')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Use this time: / }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it('explains a failed read and reads again on retry', async () => {
    const { port } = renderTaskPane({ attendees: new AppointmentError('Reading', 'offline') });
    expect((await screen.findByRole('alert')).textContent).toContain('Reading failed (offline)');
    port.options.attendees = invited;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Attendees from the meeting' })).toBeTruthy();
    expect(port.attendeeReads).toBe(2);
  });

  it('asks for attendees in Outlook when none is in the organisation', async () => {
    renderTaskPane({ attendees: [invited[1]!] });
    expect(await screen.findByText(/No one from your organisation is invited yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Find times' }).hasAttribute('disabled')).toBe(true);
  });

  it('will not write a meeting without a subject', async () => {
    renderTaskPane({});
    fireEvent.change(await screen.findByRole('textbox', { name: /Subject/ }), {
      target: { value: ' ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Find times' }));
    const use = await screen.findByRole('button', { name: /^Use this time: / });
    expect(use.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Give the meeting a subject')).toBeTruthy();
  });

  it.each(THEMES)(
    'has no axe violations with times and the result shown (%s)',
    async (_n, theme) => {
      const port = new FakeAppointment({ attendees: invited });
      const { container } = renderScreen(
        <HostProvider
          host={new FakeHost({ outlookTaskPane: { status: 'connected', appointment: port } })}
        >
          <Scheduling />
        </HostProvider>,
        {
          api: {
            searchPeople: searchPeople([{ ...ana, mail: 'ana.lima@contoso.example' }]),
            findMeetingTimes: () => Promise.resolve({ suggestions: [slot] }),
          },
          me: manager,
          theme,
        },
      );
      await findAndUseFirstTime();
      await screen.findByText(/The meeting is now/);
      expect(await axe(container)).toHaveNoViolations();
    },
  );
});

describe('Scheduling when Outlook could not be reached', () => {
  it('says why and books through Northstar instead', () => {
    const reason = 'Outlook did not answer within 5 s (Office.js did not start).';
    renderScreen(
      <HostProvider host={new FakeHost({ outlookTaskPane: { status: 'unavailable', reason } })}>
        <Scheduling />
      </HostProvider>,
      { api: {}, me: manager },
    );
    expect(screen.getByText(/could not reach the Outlook meeting/).textContent).toContain(
      `meeting: ${reason} Meetings booked here are created by Northstar`,
    );
    expect(screen.getByRole('region', { name: 'Find a time' })).toBeTruthy();
  });
});
