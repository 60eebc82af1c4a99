import type { ReviewCycle } from '@northstar/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { formatDate } from '../../components/format';
import { THEMES, pending, renderScreen, testMe, testPerson } from '../../test/render-screen';
import { CycleDetail } from './CycleDetail';
import { testCycle, testReport } from './test-review';

const admin = testMe({ roles: ['employee', 'admin'] });
const draft = testCycle({ state: 'draft', etag: 'ce-7' });

function fakeApi(cycle: ReviewCycle = testCycle(), extra: Record<string, unknown> = {}) {
  return {
    getCycle: () => Promise.resolve(cycle),
    cycleReport: () => Promise.resolve(testReport()),
    person: (id: string) => Promise.resolve(testPerson({ id, displayName: `Person ${id}` })),
    ...extra,
  };
}

function show(api: Record<string, unknown>, me = admin) {
  return renderScreen(<CycleDetail cycleId="c-1" />, { api, me });
}

async function confirm(action: string, confirmLabel: string) {
  fireEvent.click(await screen.findByRole('button', { name: action }));
  const dialog = await screen.findByRole('dialog');
  // act flushes the API call's answer, so its state updates land inside act.
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: confirmLabel }));
    await Promise.resolve();
  });
  return dialog;
}

describe('CycleDetail', () => {
  it('never shows the admin area to someone who is not an admin', () => {
    const getCycle = jest.fn(pending);
    show({ getCycle }, testMe({ roles: ['employee', 'manager'] }));
    expect(screen.getByText('Only admins manage review cycles')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to reviews' }).getAttribute('href')).toBe(
      '#/reviews',
    );
    expect(getCycle).not.toHaveBeenCalled();
  });

  it('shows a skeleton while the cycle loads', () => {
    show({ getCycle: pending });
    expect(screen.getByRole('status', { name: 'Loading the cycle' })).toBeTruthy();
  });

  it('shows an error and loads again on retry', async () => {
    let calls = 0;
    const getCycle = () =>
      ++calls === 1 ? Promise.reject(new ApiError(0, undefined)) : Promise.resolve(testCycle());
    show(fakeApi(testCycle(), { getCycle }));
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'FY27 H1 review', level: 1 })).toBeTruthy();
  });

  it('shows the facts of a cycle: state, period, scope and phase dates', async () => {
    const cycle = testCycle({ scope: { kind: 'departments', departments: ['Sales', 'Legal'] } });
    show(fakeApi(cycle));
    await screen.findByRole('heading', { name: 'FY27 H1 review', level: 1 });
    const facts = screen.getAllByRole('definition').map((d) => d.textContent);
    const selfReview = `${formatDate('2026-11-01')} – ${formatDate('2026-11-14')}`;
    expect(facts.slice(0, 4)).toEqual(['Open', 'FY27\u00a0H1', 'Sales, Legal', selfReview]);
  });

  it('opens a draft after confirming, with its etag, and lists who was skipped', async () => {
    const opened: [string, string][] = [];
    const openCycle = (id: string, etag: string) => {
      opened.push([id, etag]);
      const skipped = [{ personId: 'ceo', reason: 'no_manager' as const }];
      return Promise.resolve({ cycle: { ...draft, state: 'open' as const }, created: 3, skipped });
    };
    show(fakeApi(draft, { openCycle }));
    const dialog = await confirm('Open cycle', 'Yes, open the cycle');
    expect(dialog.textContent).toContain('one review for each person in scope (Everyone)');
    expect(await screen.findByText(/3 reviews created, 1 person skipped/)).toBeTruthy();
    const skipped = screen.getByRole('list', { name: 'People without a review' });
    await waitFor(() =>
      expect(skipped.textContent).toBe('Person ceo has no manager to write their review.'),
    );
    expect(opened).toEqual([['c-1', 'ce-7']]);
    expect(screen.getByRole('button', { name: 'Close cycle' })).toBeTruthy();
  });

  it('does nothing when the confirmation is cancelled', async () => {
    const closeCycle = jest.fn();
    show(fakeApi(testCycle(), { closeCycle }));
    await confirm('Close cycle', 'Cancel');
    expect(closeCycle).not.toHaveBeenCalled();
  });

  it('closes an open cycle and then offers no edits', async () => {
    const closeCycle = (id: string, etag: string) =>
      Promise.resolve(testCycle({ id, etag: `${etag}-closed`, state: 'closed' }));
    show(fakeApi(testCycle(), { closeCycle }));
    const dialog = await confirm('Close cycle', 'Yes, close the cycle');
    expect(dialog.textContent).toContain('freezes every review');
    expect(await screen.findByText(/Closed FY27 H1 review/)).toBeTruthy();
    expect(
      screen.getByText('This cycle is closed: its reviews can no longer change.'),
    ).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Name and dates' })).toBeNull();
  });

  it.each([
    [
      409,
      { detail: 'The review cycle "FY27 H1 review" is closed for good.' },
      /closed for good/,
      1,
    ],
    [412, {}, /Someone changed this cycle/, 2],
  ])('explains a %i from closing in words', async (status, problem, text, loads) => {
    let calls = 0;
    const getCycle = () => {
      calls += 1;
      return Promise.resolve(testCycle());
    };
    const closeCycle = () => Promise.reject(new ApiError(status, problem));
    show(fakeApi(testCycle(), { getCycle, closeCycle }));
    await confirm('Close cycle', 'Yes, close the cycle');
    expect(await screen.findByText(text)).toBeTruthy();
    await screen.findByRole('button', { name: 'Close cycle' });
    expect(calls).toBe(loads);
  });

  it.each(THEMES)('has no axe violations in the %s theme', async (_, theme) => {
    const { container } = renderScreen(<CycleDetail cycleId="c-1" />, {
      api: fakeApi(),
      me: admin,
      theme,
    });
    await screen.findByRole('region', { name: 'Completion per department' });
    expect(await axe(container)).toHaveNoViolations();
  });
});
