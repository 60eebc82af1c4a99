import type { FindTimes } from '@northstar/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { ApiError } from '../../api/api-error';
import { pending, renderScreen } from '../../test/render-screen';
import { Scheduling } from './Scheduling';
import { formatSlot } from './scheduling-format';
import { descriptionOf, manager, testCreated, testSuggestion } from './test-scheduling';

const first = testSuggestion('2026-12-01T10:00:00.000Z');
const second = testSuggestion('2026-12-02T14:00:00.000Z', 60);

function findTimes() {
  const panel = screen.getByRole('region', { name: 'Find a time' });
  fireEvent.click(within(panel).getByRole('checkbox', { name: 'Ana Lima' }));
  fireEvent.click(within(panel).getByRole('button', { name: 'Find times' }));
  return panel;
}

describe('Scheduling: find a time', () => {
  it('finds times for the ticked people, books the one chosen and links to Teams', async () => {
    const asked: FindTimes[] = [];
    const createMeeting = jest.fn(() => Promise.resolve(testCreated(second)));
    const findMeetingTimes = (body: FindTimes) => {
      asked.push(body);
      return Promise.resolve({ suggestions: [first, second] });
    };
    renderScreen(<Scheduling />, { api: { findMeetingTimes, createMeeting }, me: manager });
    const panel = findTimes();
    const list = await within(panel).findByRole('list', { name: 'Suggested times' });
    expect(asked[0]).toMatchObject({ attendeeIds: ['ana'], durationMinutes: 30 });
    expect(
      within(list).getAllByText(
        'Ana Lima: tentatively busy, You: free'.split(', ').reverse().join(', '),
      ),
    ).toHaveLength(2);
    fireEvent.click(
      screen.getByRole('button', { name: `Choose ${formatSlot(second.start, second.end)}` }),
    );
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Agenda' }), {
      target: { value: 'Goals for Q3' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Book' }));
    const booked = await within(panel).findByRole('status');
    expect(createMeeting).toHaveBeenCalledWith(
      expect.objectContaining({
        attendeeIds: ['ana'],
        start: second.start,
        end: second.end,
        subject: 'Goal review',
        agenda: 'Goals for Q3',
      }),
    );
    expect(booked.textContent).toContain(formatSlot(second.start, second.end));
    const join = within(booked).getByRole('link', { name: 'Join in Teams' });
    expect(join.getAttribute('href')).toBe('https://teams.example/join/1');
  });

  it('books once when Book is pressed twice', async () => {
    const createMeeting = jest.fn(() => pending());
    const findMeetingTimes = () => Promise.resolve({ suggestions: [first] });
    renderScreen(<Scheduling />, { api: { findMeetingTimes, createMeeting }, me: manager });
    findTimes();
    fireEvent.click(await screen.findByRole('button', { name: /^Choose / }));
    const book = screen.getByRole('button', { name: 'Book' });
    fireEvent.click(book);
    fireEvent.click(book);
    await act(() => Promise.resolve());
    expect(createMeeting).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Booking…' }).hasAttribute('disabled')).toBe(true);
  });

  it('says so when no time works for everyone', async () => {
    const findMeetingTimes = () => Promise.resolve({ suggestions: [] });
    renderScreen(<Scheduling />, { api: { findMeetingTimes }, me: manager });
    findTimes();
    expect(await screen.findByText('No time works for everyone in this window')).toBeTruthy();
    expect(screen.getByText('Try a wider window or fewer people.')).toBeTruthy();
  });

  it('shows the problem and puts each field message beside its field', async () => {
    const problem = new ApiError(400, {
      code: 'validation',
      detail: 'body.windowEnd must be after windowStart',
      errors: [
        { field: 'body.windowEnd', message: 'must be after windowStart' },
        { field: 'body.attendeeIds.0', message: 'is not a person here' },
      ],
    });
    const findMeetingTimes = () => Promise.reject(problem);
    renderScreen(<Scheduling />, { api: { findMeetingTimes }, me: manager });
    const panel = findTimes();
    const title = await within(panel).findByText('We could not find times');
    expect(title.parentElement?.textContent).toContain('body.windowEnd must be after windowStart');
    expect(descriptionOf(within(panel).getByLabelText('Until (included)'))).toContain(
      'must be after windowStart',
    );
    const attendees = within(panel).getByRole('group', { name: 'Attendees' });
    expect(descriptionOf(attendees)).toBe('is not a person here');
  });

  it('adds someone found by search to the attendees', async () => {
    const dee = { ...manager.person, id: 'dee', displayName: 'Dee Wong' };
    const searchPeople = jest.fn(() => Promise.resolve([dee]));
    renderScreen(<Scheduling />, { api: { searchPeople }, me: manager });
    fireEvent.change(screen.getByRole('textbox', { name: 'Find someone else' }), {
      target: { value: 'dee' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add Dee Wong' }));
    expect(searchPeople).toHaveBeenCalledWith('dee');
    expect(screen.getByRole('checkbox', { name: 'Dee Wong' })).toHaveProperty('checked', true);
  });
});
