import type { ReviewView, UpdateReviewSection } from '@northstar/shared';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen } from '../../test/render-screen';
import { ReviewDetail } from './ReviewDetail';
import { testDetail, testGoal, testReview } from './test-review';

const released = testReview({
  phase: 'released',
  released: true,
  self: {
    answers: { highlights: { text: 'Shipped search' } },
    submittedAt: '2026-11-05T09:00:00.000Z',
  },
  manager: null,
  allowedActions: ['acknowledge'],
});

function fakeApi(review: ReviewView, extra: Record<string, unknown> = {}) {
  return { getReview: () => Promise.resolve(testDetail(review)), ...extra };
}

async function submitRating() {
  const group = await screen.findByRole('radiogroup', { name: 'Impact on the team and its goals' });
  fireEvent.click(within(group).getByRole('radio', { name: '4 – Above expectations' }));
  fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
  const confirm = await screen.findByRole('button', { name: 'Confirm submit' });
  // act flushes the API call's answer, so its state updates land inside act.
  await act(async () => {
    fireEvent.click(confirm);
    await Promise.resolve();
  });
}

describe('ReviewDetail', () => {
  it('shows a skeleton while the review loads', () => {
    renderScreen(<ReviewDetail reviewId="r-1" />, {
      api: { getReview: pending },
    });
    expect(screen.getByRole('status', { name: 'Loading the review' })).toBeTruthy();
  });

  it('shows an error and loads again on retry', async () => {
    let calls = 0;
    const getReview = () =>
      ++calls === 1 ? Promise.reject(new ApiError(0, undefined)) : Promise.resolve(testDetail());
    renderScreen(<ReviewDetail reviewId="r-1" />, { api: fakeApi(testReview(), { getReview }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Self review' })).toBeTruthy();
  });

  it('does not show the reviewee a manager section the API withheld', async () => {
    renderScreen(<ReviewDetail reviewId="r-1" />, { api: fakeApi(released) });
    const self = await screen.findByRole('region', { name: 'Self review' });
    expect(self.textContent).toContain('Shipped search');
    expect(screen.queryByRole('region', { name: 'Manager review' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save draft' })).toBeNull();
  });

  it('submits the self section with submit:true and the etag', async () => {
    const calls: [string, UpdateReviewSection, string][] = [];
    const updateReview = (id: string, body: UpdateReviewSection, etag: string) => {
      calls.push([id, body, etag]);
      return Promise.resolve(testReview({ etag: 'e-2', allowedActions: [] }));
    };
    renderScreen(<ReviewDetail reviewId="r-1" />, { api: fakeApi(testReview(), { updateReview }) });
    await submitRating();
    expect(await screen.findByText('Review submitted.')).toBeTruthy();
    expect(calls).toEqual([
      ['r-1', { section: 'self', answers: { impact: { rating: 4 } }, submit: true }, 'e-1'],
    ]);
  });

  it.each([
    [409, { detail: 'The self review phase has ended.' }, 'The self review phase has ended.'],
    [412, {}, 'We loaded the latest version'],
  ])('shows a %i from a submit in a message bar', async (status, problem, text) => {
    let loads = 0;
    const getReview = () =>
      Promise.resolve(testDetail(testReview({ etag: `e-${String(++loads)}` })));
    const updateReview = () => Promise.reject(new ApiError(status, problem));
    renderScreen(<ReviewDetail reviewId="r-1" />, {
      api: fakeApi(testReview(), { getReview, updateReview }),
    });
    await submitRating();
    expect(await screen.findByText(new RegExp(text))).toBeTruthy();
    expect(loads).toBe(status === 412 ? 2 : 1);
  });

  it('puts a field error next to its question', async () => {
    const problem = { errors: [{ field: 'body.answers.impact.rating', message: 'Pick 1 to 5' }] };
    const updateReview = () => Promise.reject(new ApiError(400, problem as never));
    renderScreen(<ReviewDetail reviewId="r-1" />, { api: fakeApi(testReview(), { updateReview }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Save draft' }));
    const group = await screen.findByRole('radiogroup', {
      name: 'Impact on the team and its goals',
    });
    expect(await screen.findByText('Pick 1 to 5')).toBeTruthy();
    expect(
      group.getAttribute('aria-invalid') ?? group.getAttribute('aria-describedby'),
    ).toBeTruthy();
  });

  it('acknowledges with the etag', async () => {
    const calls: string[][] = [];
    const reviewAction = (id: string, action: string, etag: string) => {
      calls.push([id, action, etag]);
      return Promise.resolve({ ...released, allowedActions: [] });
    };
    renderScreen(<ReviewDetail reviewId="r-1" />, { api: fakeApi(released, { reviewAction }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Acknowledge' }));
    expect(await screen.findByText('Review acknowledged.')).toBeTruthy();
    expect(calls).toEqual([['r-1', 'acknowledge', 'e-1']]);
  });

  it("shows the reviewee's goals of the period, each a link, with archived ones marked", async () => {
    const goals = [
      testGoal(),
      testGoal({ id: 'g-2', title: 'Old plan', state: 'archived', status: 'stale', progress: 1 }),
    ];
    renderScreen(<ReviewDetail reviewId="r-1" />, {
      api: { getReview: () => Promise.resolve(testDetail(testReview(), goals)) },
    });
    const section = await screen.findByRole('region', { name: 'Goals of FY27\u00a0H1' });
    const items = within(section).getAllByRole('listitem');
    expect(
      within(items[0] as HTMLElement)
        .getByRole('link', { name: 'Ship search v2' })
        .getAttribute('href'),
    ).toBe('#/goals/g-1');
    expect(
      within(items[0] as HTMLElement)
        .getByRole('progressbar')
        .getAttribute('aria-valuenow'),
    ).toBe('0.4');
    expect(items[0]?.textContent).toContain('Individual goal');
    expect(items[0]?.textContent).toContain('On track');
    expect(items[0]?.textContent).not.toContain('Archived');
    expect(items[1]?.textContent).toContain('Archived');
    const comment = screen.getByRole('textbox', { name: 'Comments on the goals of the period' });
    expect(comment.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('says so when the reviewee has no goals in the period', async () => {
    renderScreen(<ReviewDetail reviewId="r-1" />, {
      api: { getReview: () => Promise.resolve(testDetail(testReview(), [])) },
    });
    expect(await screen.findByText('No goals in this period that you can see.')).toBeTruthy();
  });

  it.each(THEMES)('has no axe violations in the %s theme', async (_, theme) => {
    const api = fakeApi(testReview({ manager: { answers: {}, submittedAt: null } }));
    const { container } = renderScreen(<ReviewDetail reviewId="r-1" />, { api, theme });
    await screen.findByRole('region', { name: 'Self review' });
    expect(await axe(container)).toHaveNoViolations();
  });
});
