import { act, fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen } from '../../test/render-screen';
import { OneOnOneDetail } from './OneOnOneDetail';
import { FakeOneOnOneApi } from './fake-one-on-one-api';
import { managerMe, reportMe, testSeries } from './test-one-on-ones';
import { lastWeek, seriesApi } from './test-series-detail';

const region = (name: string) => screen.findByRole('region', { name });

describe('OneOnOneDetail', () => {
  it('shows a skeleton while the series loads', () => {
    const api = { listOneOnOneSeries: pending, listOneOnOnes: pending };
    renderScreen(<OneOnOneDetail seriesId="oos-1" />, { api, me: managerMe });
    expect(screen.getByRole('status', { name: 'Loading the 1:1' })).toBeTruthy();
  });

  it('says so when the series is not mine to see', async () => {
    const api = new FakeOneOnOneApi('priya-raman', []);
    renderScreen(<OneOnOneDetail seriesId="oos-1" />, { api, me: managerMe });
    expect(await screen.findByRole('heading', { level: 1, name: '1:1 not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to 1:1s' }).getAttribute('href')).toBe(
      '#/one-on-ones',
    );
  });

  it('shows an error and loads again on retry', async () => {
    const api = seriesApi();
    api.failures.set('listOneOnOnes', new ApiError(503, { detail: 'Try later.' }));
    renderScreen(<OneOnOneDetail seriesId="oos-1" />, { api, me: managerMe });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/This 1:1 could not be loaded.*Try later\./);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await region('Agenda')).toBeTruthy();
  });

  it('shows the next 1:1 with who it is with, and a way to the calendar', async () => {
    renderScreen(<OneOnOneDetail seriesId="oos-1" />, { api: seriesApi(), me: managerMe });
    const title = await screen.findByRole('heading', { level: 1 });
    expect(title.textContent).toBe('1:1 with Arjun Mehta');
    expect(screen.getByText('Senior Software Engineer · Reports to you')).toBeTruthy();
    expect(screen.getByText(/^Next 1:1: /)).toBeTruthy();
    const schedule = screen.getByRole('link', { name: 'Find a time in the calendar' });
    expect(schedule.getAttribute('href')).toBe('#/schedule');
    expect(screen.queryByRole('button', { name: 'Start next 1:1' })).toBeNull();
  });

  it('shows what is open since last time and which goals changed', async () => {
    renderScreen(<OneOnOneDetail seriesId="oos-1" />, { api: seriesApi(), me: managerMe });
    const since = await region('Since last time');
    const open = within(since).getByRole('list', { name: 'Still open' });
    expect(
      within(open)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringMatching(/^Book the drillOwner: Arjun MehtaDue .*2020Overdue$/)]);
    const goals = within(since).getByRole('list', { name: 'Arjun Mehta’s goals that changed' });
    const goal = within(goals).getByRole('link', { name: 'Run the failover drill' });
    expect(goal.getAttribute('href')).toBe('#/goals/g-drill');
    expect(within(goals).getByText('45%')).toBeTruthy();
  });

  it('lists earlier 1:1s read-only, opened on demand', async () => {
    renderScreen(<OneOnOneDetail seriesId="oos-1" />, { api: seriesApi(), me: managerMe });
    const earlier = await region('Earlier 1:1s');
    expect(within(earlier).queryByText('We agreed on a drill date.')).toBeNull();
    fireEvent.click(within(earlier).getByRole('button'));
    expect(within(earlier).getByText('We agreed on a drill date.')).toBeTruthy();
    expect(within(earlier).getByText('Send the runbook')).toBeTruthy();
    expect(within(earlier).queryByRole('textbox')).toBeNull();
    expect(within(earlier).queryByRole('checkbox')).toBeNull();
  });

  it('offers to start the next 1:1 once the current one is over, then opens it', async () => {
    const api = new FakeOneOnOneApi('priya-raman', [testSeries()], [lastWeek()]);
    renderScreen(<OneOnOneDetail seriesId="oos-1" />, { api, me: managerMe });
    expect(await screen.findByText(/^Last 1:1: /)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start next 1:1' }));
    expect(await screen.findByText(/^Next 1:1: /)).toBeTruthy();
    expect(api.calls).toContain('createOneOnOne');
    expect(Date.parse(api.meetings[1]!.scheduledFor)).toBeGreaterThan(Date.now());
    expect(screen.queryByRole('button', { name: 'Start next 1:1' })).toBeNull();
    expect(await region('Earlier 1:1s')).toBeTruthy();
  });

  it('puts a bad date next to the date field', async () => {
    const api = new FakeOneOnOneApi('priya-raman', [testSeries()], [lastWeek()]);
    const invalid = [{ field: 'body.scheduledFor', message: 'must be an ISO instant' }];
    api.failures.set('createOneOnOne', new ApiError(400, { errors: invalid }));
    renderScreen(<OneOnOneDetail seriesId="oos-1" />, { api, me: managerMe });
    fireEvent.click(await screen.findByRole('button', { name: 'Start next 1:1' }));
    const date = screen.getByLabelText(/^Date/);
    expect(await screen.findByText('must be an ISO instant')).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
  });

  it('asks to plan the first 1:1 of a new series', async () => {
    const api = new FakeOneOnOneApi('priya-raman', [testSeries()], []);
    renderScreen(<OneOnOneDetail seriesId="oos-1" />, { api, me: managerMe });
    expect(await screen.findByText('No 1:1 planned yet')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: '2031-05-06' } });
    fireEvent.change(screen.getByLabelText(/^Time/), { target: { value: '10:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan the first 1:1' }));
    expect(await region('Agenda')).toBeTruthy();
    expect(new Date(api.meetings[0]!.scheduledFor).getHours()).toBe(10);
    expect(screen.queryByRole('region', { name: 'Since last time' })).toBeNull();
  });

  it('shows the report their manager by name', async () => {
    renderScreen(<OneOnOneDetail seriesId="oos-1" />, {
      api: seriesApi('arjun-mehta'),
      me: reportMe,
    });
    const title = await screen.findByRole('heading', { level: 1 });
    expect(title.textContent).toBe('1:1 with Priya Raman');
    const since = await region('Since last time');
    expect(within(since).getByText('Your goals that changed')).toBeTruthy();
    expect(within(since).getByText('Owner: You')).toBeTruthy();
  });

  it.each(THEMES)('has no axe violations in the %s theme', async (_, theme) => {
    const view = renderScreen(<OneOnOneDetail seriesId="oos-1" />, {
      api: seriesApi(),
      me: managerMe,
      theme,
    });
    // A large first render in jsdom: wait for the last part to load, by label (fast).
    await screen.findByLabelText(/^Private notes for this 1:1/, {}, { timeout: 5000 });
    fireEvent.click(within(await region('Earlier 1:1s')).getByRole('button'));
    await act(() => Promise.resolve());
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it.each(THEMES)('has no axe violations when empty in the %s theme', async (_, theme) => {
    const api = new FakeOneOnOneApi('priya-raman', [testSeries()], []);
    const view = renderScreen(<OneOnOneDetail seriesId="oos-1" />, { api, me: managerMe, theme });
    await screen.findByText('No 1:1 planned yet');
    expect(await axe(view.container)).toHaveNoViolations();
  });
});
