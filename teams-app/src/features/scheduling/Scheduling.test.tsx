import type { ScheduleTeam, TeamBooking } from '@northstar/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, renderScreen, testMe } from '../../test/render-screen';
import { Scheduling } from './Scheduling';
import { formatSlot } from './scheduling-format';
import { descriptionOf, manager, testSuggestion } from './test-scheduling';

const booked: TeamBooking = {
  personId: 'ana',
  status: 'booked',
  start: '2026-12-01T10:00:00.000Z',
  end: '2026-12-01T10:30:00.000Z',
  joinUrl: 'https://teams.example/join/ana',
};
const notBooked: TeamBooking = {
  personId: 'ben',
  status: 'not_booked',
  reason: 'Ben Okafor has no free time in their working hours in this window.',
};

function bookAll(subject?: string) {
  const panel = screen.getByRole('region', { name: "Schedule my team's reviews" });
  if (subject !== undefined) {
    fireEvent.change(within(panel).getByRole('textbox', { name: /Subject/ }), {
      target: { value: subject },
    });
  }
  fireEvent.click(within(panel).getByRole('button', { name: 'Book all' }));
  return panel;
}

describe('Scheduling', () => {
  it('tells someone who is not a manager that only managers schedule reviews', () => {
    renderScreen(<Scheduling />, { api: {}, me: testMe() });
    expect(screen.getByText('Only managers schedule team reviews')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Find times' })).toBeNull();
  });

  it('books every report and says per person what was booked or why not', async () => {
    const asked: ScheduleTeam[] = [];
    const scheduleTeam = (body: ScheduleTeam) => {
      asked.push(body);
      return Promise.resolve({ items: [booked, notBooked] });
    };
    renderScreen(<Scheduling />, { api: { scheduleTeam }, me: manager });
    const panel = bookAll('Q3 review');
    const list = await within(panel).findByRole('list', { name: 'Review bookings' });
    expect(asked[0]).toMatchObject({ subject: 'Q3 review', durationMinutes: 30 });
    const [ana, ben] = within(list).getAllByRole('listitem');
    expect(ana?.textContent).toContain(
      `Booked: ${formatSlot(booked.start ?? '', booked.end ?? '')}`,
    );
    const join = within(ana as HTMLElement).getByRole('link', { name: 'Join in Teams' });
    expect(join.getAttribute('href')).toBe('https://teams.example/join/ana');
    expect(ben?.textContent).toBe(`Ben OkaforNot booked: ${notBooked.reason ?? ''}`);
  });

  it('puts the subject and window messages beside their fields', async () => {
    const problem = new ApiError(400, {
      code: 'validation',
      detail: 'The request is not valid.',
      errors: [
        { field: 'body.subject', message: 'must not be empty' },
        { field: 'body.windowStart', message: 'must be an instant' },
      ],
    });
    renderScreen(<Scheduling />, {
      api: { scheduleTeam: () => Promise.reject(problem) },
      me: manager,
    });
    const panel = bookAll(' ');
    await within(panel).findByText('The reviews were not booked');
    const subject = within(panel).getByRole('textbox', { name: /Subject/ });
    expect(descriptionOf(subject)).toContain('must not be empty');
    expect(descriptionOf(within(panel).getByLabelText('From'))).toContain('must be an instant');
    expect(descriptionOf(within(panel).getByLabelText('Until (included)'))).toBe('');
  });

  it.each(THEMES)('has no axe violations with results shown (%s)', async (_name, theme) => {
    const api = {
      scheduleTeam: () => Promise.resolve({ items: [booked, notBooked] }),
      findMeetingTimes: () =>
        Promise.resolve({ suggestions: [testSuggestion(booked.start ?? '')] }),
    };
    const { container } = renderScreen(<Scheduling />, { api, me: manager, theme });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ana Lima' }));
    fireEvent.click(screen.getByRole('button', { name: 'Find times' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Choose / }));
    bookAll();
    await screen.findByRole('list', { name: 'Review bookings' });
    expect(await axe(container)).toHaveNoViolations();
  });

  it.each(THEMES)('has no axe violations for a non-manager (%s)', async (_name, theme) => {
    const { container } = renderScreen(<Scheduling />, { api: {}, me: testMe(), theme });
    expect(await axe(container)).toHaveNoViolations();
  });
});
