import type { CycleReport as Report, ReviewCycle } from '@northstar/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen, testPerson } from '../../test/render-screen';
import { CycleReport } from './CycleReport';
import { testCycle, testReport } from './test-review';

function show(report: () => Promise<Report>, cycle: ReviewCycle = testCycle()) {
  const person = (id: string) => Promise.resolve(testPerson({ id, displayName: 'Sam Lee' }));
  return renderScreen(<CycleReport cycle={cycle} />, {
    api: { cycleReport: report, person },
  });
}

/** The text of each cell of a table, row by row. */
function cells(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('CycleReport', () => {
  it('shows a skeleton while the report loads', () => {
    show(pending);
    expect(screen.getByRole('status', { name: 'Loading the progress' })).toBeTruthy();
  });

  it('does not ask for the report of a draft cycle', () => {
    const report = jest.fn(pending<Report>);
    show(report, testCycle({ state: 'draft' }));
    expect(screen.getByText('No reviews yet')).toBeTruthy();
    expect(report).not.toHaveBeenCalled();
  });

  it('shows an error and loads again on retry', async () => {
    let calls = 0;
    const report = () =>
      ++calls === 1
        ? Promise.reject(new ApiError(403, { detail: 'Only admins.' }))
        : Promise.resolve(testReport());
    show(report);
    expect((await screen.findByRole('alert')).textContent).toContain('Only admins.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Completion per department' })).toBeTruthy();
  });

  it('explains a cycle without reviews', async () => {
    show(() => Promise.resolve(testReport({ completion: [], ratings: [] })));
    expect(await screen.findByText('This cycle has no reviews')).toBeTruthy();
  });

  it('tables completion per department with a total row', async () => {
    show(() => Promise.resolve(testReport()));
    const region = await screen.findByRole('region', { name: 'Completion per department' });
    expect(cells(within(region).getByRole('table'))).toEqual([
      [
        'Department',
        'Reviews',
        'Self reviews submitted',
        'Manager reviews submitted',
        'Acknowledged',
      ],
      ['Engineering', '4', '3 of 4', '1 of 4', '0 of 4'],
      ['Sales', '2', '2 of 2', '2 of 2', '1 of 2'],
      ['All departments', '6', '5 of 6', '3 of 6', '1 of 6'],
    ]);
  });

  it('tables the ratings per manager with the template level labels and looked-up names', async () => {
    const ratings = [
      {
        reviewerId: 'sam',
        reviews: 2,
        questions: [
          {
            questionId: 'impact',
            counts: [0, 1, 0, 1, 0] as [number, number, number, number, number],
          },
        ],
      },
    ];
    show(() => Promise.resolve(testReport({ ratings })));
    const region = await screen.findByRole('region', {
      name: 'Impact on the team and its goals',
    });
    const table = within(region).getByRole('table', { name: 'Impact on the team and its goals' });
    await waitFor(() => expect(cells(table)[1]?.[0]).toBe('Sam Lee'));
    expect(cells(table)).toEqual([
      [
        'Manager',
        'Ratings',
        '1 – Well below expectations',
        '2 – Below expectations',
        '3 – Meets expectations',
        '4 – Above expectations',
        '5 – Far above expectations',
      ],
      ['Sam Lee', '2', '0', '1', '0', '1', '0'],
    ]);
  });

  it('says when no manager review is submitted yet', async () => {
    show(() => Promise.resolve(testReport({ ratings: [] })));
    expect(await screen.findByText('No manager reviews submitted yet')).toBeTruthy();
  });

  it.each(THEMES)('has no axe violations in the %s theme', async (_, theme) => {
    const { container } = renderScreen(<CycleReport cycle={testCycle()} />, {
      api: { cycleReport: () => Promise.resolve(testReport()) },
      theme,
    });
    await screen.findByRole('region', { name: 'Completion per department' });
    expect(await axe(container)).toHaveNoViolations();
  });
});
