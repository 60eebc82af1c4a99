import { act, fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen, testMe } from '../../test/render-screen';
import { OneOnOnes } from './OneOnOnes';
import { FakeOneOnOneApi } from './fake-one-on-one-api';
import { inDays, managerMe, reportMe, testMeeting, testSeries } from './test-one-on-ones';

/** Priya's 1:1s: a series with Arjun (one open item, next 1:1 in 2 days), none with Ananya. */
function managerApi() {
  const meeting = testMeeting({
    id: 'oo-2',
    scheduledFor: inDays(2),
    actionItems: [
      { id: 'ai-1', ownerId: 'arjun-mehta', text: 'Book the drill', done: false, dueDate: null },
      { id: 'ai-2', ownerId: 'priya-raman', text: 'Send runbook', done: true, dueDate: null },
    ],
  });
  return new FakeOneOnOneApi('priya-raman', [testSeries()], [meeting]);
}

const card = (name: string) => screen.findByRole('group', { name });

describe('OneOnOnes', () => {
  it('shows a skeleton while the 1:1s load', () => {
    renderScreen(<OneOnOnes />, { api: { listOneOnOneSeries: pending }, me: managerMe });
    expect(screen.getByRole('status', { name: 'Loading your 1:1s' })).toBeTruthy();
  });

  it('lists each direct report with the next 1:1 and the open action items', async () => {
    renderScreen(<OneOnOnes />, { api: managerApi(), me: managerMe });
    const reports = await screen.findByRole('list', { name: 'With my reports' });
    const names = within(reports).getAllByRole('heading', { level: 3 });
    expect(names.map((h) => h.textContent)).toEqual(['Arjun Mehta', 'Ananya Iyer']);
    const arjun = await card('Arjun Mehta');
    expect(within(arjun).getByText(/^Next 1:1: /)).toBeTruthy();
    expect(within(arjun).getByText('1 open action item')).toBeTruthy();
    const link = within(arjun).getByRole('link', { name: 'Arjun Mehta' });
    expect(link.getAttribute('href')).toBe('#/one-on-ones/oos-1');
  });

  it('opens a series', async () => {
    const view = renderScreen(<OneOnOnes />, { api: managerApi(), me: managerMe });
    fireEvent.click(await screen.findByRole('link', { name: 'Arjun Mehta' }));
    expect(view.navigations).toEqual([{ screen: 'one-on-one', seriesId: 'oos-1' }]);
  });

  it('starts 1:1s with a report who has none yet, then opens them', async () => {
    const api = managerApi();
    const view = renderScreen(<OneOnOnes />, { api, me: managerMe });
    const ananya = await card('Ananya Iyer');
    fireEvent.click(within(ananya).getByRole('button', { name: 'Start 1:1s with Ananya Iyer' }));
    expect(await within(ananya).findByRole('button', { name: /Ananya Iyer/ })).toHaveProperty(
      'disabled',
      true,
    );
    await act(() => Promise.resolve());
    expect(view.navigations).toEqual([{ screen: 'one-on-one', seriesId: 'oos-ananya-iyer' }]);
  });

  it('says why a start failed, next to that person', async () => {
    const api = managerApi();
    api.failures.set('createOneOnOneSeries', new ApiError(403, { detail: 'Not your report.' }));
    const view = renderScreen(<OneOnOnes />, { api, me: managerMe });
    const ananya = await card('Ananya Iyer');
    fireEvent.click(within(ananya).getByRole('button', { name: 'Start 1:1s with Ananya Iyer' }));
    const alert = await within(ananya).findByRole('alert');
    expect(alert.textContent).toBe('We could not start 1:1s with Ananya Iyer. Not your report.');
    expect(view.navigations).toEqual([]);
  });

  it('reloads when the series was started meanwhile (409)', async () => {
    const api = managerApi();
    api.failures.set('createOneOnOneSeries', new ApiError(409, { code: 'conflict' }));
    renderScreen(<OneOnOnes />, { api, me: managerMe });
    const ananya = await card('Ananya Iyer');
    api.series = [...api.series, testSeries({ id: 'oos-an', reportId: 'ananya-iyer' })];
    fireEvent.click(within(ananya).getByRole('button', { name: 'Start 1:1s with Ananya Iyer' }));
    expect(await screen.findByRole('link', { name: 'Ananya Iyer' })).toBeTruthy();
    expect(api.calls.filter((c) => c === 'listOneOnOneSeries')).toHaveLength(2);
  });

  it('shows a report the series with their manager, and no way to start one', async () => {
    const api = new FakeOneOnOneApi('arjun-mehta', [testSeries()], [managerApi().meetings[0]!]);
    renderScreen(<OneOnOnes />, { api, me: reportMe });
    const priya = await card('Priya Raman');
    expect(within(priya).getByText('1 open action item')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'With my reports' })).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('tells a report whose manager has not started 1:1s', async () => {
    renderScreen(<OneOnOnes />, { api: new FakeOneOnOneApi('arjun-mehta', []), me: reportMe });
    const priya = await card('Priya Raman');
    expect(within(priya).getByText('Priya Raman has not started 1:1s with you yet.')).toBeTruthy();
  });

  it('says when the last 1:1 was and that none is planned', async () => {
    const past = testMeeting({ id: 'oo-1', scheduledFor: '2026-01-05T09:00:00.000Z' });
    const api = new FakeOneOnOneApi('priya-raman', [testSeries()], [past]);
    renderScreen(<OneOnOnes />, { api, me: managerMe });
    const arjun = await card('Arjun Mehta');
    expect(within(arjun).getByText(/^No 1:1 planned · last on .*2026$/)).toBeTruthy();
    expect(within(arjun).getByText('No open action items')).toBeTruthy();
  });

  it('keeps series with a former report reachable', async () => {
    const former = testSeries({ id: 'oos-old', reportId: 'gone' });
    const api = new FakeOneOnOneApi('priya-raman', [testSeries(), former]);
    renderScreen(<OneOnOnes />, { api, me: managerMe });
    const earlier = await screen.findByRole('list', { name: 'Earlier 1:1s' });
    expect(within(earlier).getByRole('link', { name: 'A former colleague' })).toBeTruthy();
  });

  it('shows an error and loads again on retry', async () => {
    const api = managerApi();
    api.failures.set('listOneOnOneSeries', new ApiError(0, undefined));
    renderScreen(<OneOnOnes />, { api, me: managerMe });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/We could not load your 1:1s/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await card('Arjun Mehta')).toBeTruthy();
  });

  it('explains 1:1s to someone with neither a manager nor reports', async () => {
    const me = testMe({ manager: null });
    renderScreen(<OneOnOnes />, { api: new FakeOneOnOneApi('arjun-mehta', []), me });
    expect(await screen.findByText('No 1:1s for you')).toBeTruthy();
  });

  it.each(THEMES)('has no axe violations in the %s theme', async (_, theme) => {
    const { container } = renderScreen(<OneOnOnes />, { api: managerApi(), me: managerMe, theme });
    await card('Ananya Iyer');
    expect(await axe(container)).toHaveNoViolations();
  });
});
