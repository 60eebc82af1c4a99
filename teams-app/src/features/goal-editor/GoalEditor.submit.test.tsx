import type { UpdateGoal } from '@northstar/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../api/api-error';
import { renderScreen } from '../../test/render-screen';
import { GoalEditor } from './GoalEditor';
import { descriptionOf, editorApi, testGoal } from './test-editor-api';

function field(name: RegExp): HTMLInputElement {
  return screen.getByLabelText(name, { selector: 'input, textarea' });
}

function type(name: RegExp, value: string): void {
  fireEvent.change(field(name), { target: { value } });
}

async function renderEditor(goalId: string | undefined, overrides: Record<string, unknown> = {}) {
  const { api, calls } = editorApi(overrides);
  const harness = renderScreen(goalId ? <GoalEditor goalId={goalId} /> : <GoalEditor />, { api });
  expect(await screen.findByPlaceholderText('Search goals or owners')).toBeTruthy();
  return { ...harness, calls };
}

function save(): void {
  fireEvent.click(screen.getByRole('button', { name: /^(Create goal|Save changes)$/ }));
}

describe('GoalEditor: saving', () => {
  it('checks the draft first and points at each problem, focusing the first', async () => {
    const { calls } = await renderEditor(undefined);
    type(/^Start date/, '2026-12-01');
    type(/^Due date/, '2026-11-01');
    save();
    expect(descriptionOf(field(/^Title/))).toContain('Give your goal a title.');
    expect(field(/^Title/).getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(field(/^Due date/))).toContain('on or after the start date');
    const summary = screen.getByRole('list', { name: 'Fields to fix' });
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Title: Give your goal a title.',
      'Due date: The due date must be on or after the start date.',
    ]);
    expect(document.activeElement).toBe(field(/^Title/));
    fireEvent.click(within(summary).getByRole('button', { name: /^Due date/ }));
    expect(document.activeElement).toBe(field(/^Due date/));
    expect(calls.created).toEqual([]);
  });

  it('creates the goal and opens it', async () => {
    const { calls, navigations } = await renderEditor(undefined);
    type(/^Title/, '  Answer every ticket within a day ');
    type(/^Start date/, '2026-10-01');
    type(/^Due date/, '2026-12-31');
    fireEvent.click(screen.getByRole('switch', { name: 'Measure with a number' }));
    type(/^Unit/, 'hours');
    type(/^Start value/, '24');
    type(/^Target/, '8');
    fireEvent.click(screen.getByRole('radio', { name: /^Public/ }));
    save();
    await waitFor(() => expect(navigations).toEqual([{ screen: 'goal', goalId: 'g-new' }]));
    expect(calls.created).toEqual([
      {
        title: 'Answer every ticket within a day',
        description: '',
        level: 'individual',
        startDate: '2026-10-01',
        dueDate: '2026-12-31',
        metric: { unit: 'hours', start: 24, target: 8 },
        visibility: 'public',
      },
    ]);
  });

  it('sends only the changed fields with the etag, then opens the goal', async () => {
    const { calls, navigations } = await renderEditor('g-1');
    type(/^Title/, 'Cut support reply time to 1 hour');
    type(/^Target/, '1');
    save();
    await waitFor(() => expect(navigations).toEqual([{ screen: 'goal', goalId: 'g-1' }]));
    expect(calls.updated).toEqual([
      [
        'g-1',
        {
          title: 'Cut support reply time to 1 hour',
          metric: { unit: 'hours', start: 8, target: 1 },
        },
        'etag-1',
      ],
    ]);
  });

  it.each([
    ['body.title', /^Title/, 'Must be at least 3 characters'],
    ['body.dueDate', /^Due date/, 'Is outside every goal period'],
    ['body.periodId', /^Due date/, 'Is not a goal period of your organisation'],
    ['body.metric.target', /^Target/, 'Must be a finite number'],
    ['body.parentIds.0.goalId', /^Aligned to/, 'Names an archived goal'],
  ])('shows the server’s message for %s next to its field', async (path, label, message) => {
    const problem = { errors: [{ field: path, message: message.toLowerCase() }] };
    const { navigations } = await renderEditor('g-1', {
      updateGoal: () => Promise.reject(new ApiError(400, problem)),
    });
    type(/^Description/, 'Changed');
    save();
    const control = await waitFor(() => {
      const found = screen.getByLabelText(label, { selector: 'input' });
      expect(found.getAttribute('aria-invalid')).toBe('true');
      return found;
    });
    expect(descriptionOf(control)).toContain(message);
    expect(document.activeElement).toBe(control);
    expect(navigations).toEqual([]);
  });

  it('shows a problem that no field can show at the top', async () => {
    await renderEditor(undefined, {
      createGoal: () => Promise.reject(new ApiError(403, { detail: 'You may not do that.' })),
    });
    type(/^Title/, 'Answer every ticket within a day');
    type(/^Due date/, '2099-12-31');
    save();
    expect(await screen.findByText('You may not do that.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create goal' })).toHaveProperty('disabled', false);
  });
});

describe('GoalEditor: someone else saved first (412)', () => {
  const theirs = testGoal({
    title: 'Cut support reply time to 3 hours',
    dueDate: '2027-01-31',
    etag: 'etag-9',
  });

  async function conflict() {
    let loads = 0;
    const sent: [UpdateGoal, string][] = [];
    const harness = await renderEditor('g-1', {
      getGoal: () => Promise.resolve((loads += 1) === 1 ? testGoal() : theirs),
      updateGoal: (_id: string, patch: UpdateGoal, etag: string) => {
        sent.push([patch, etag]);
        return etag === 'etag-1'
          ? Promise.reject(new ApiError(412, { code: 'precondition_failed' }))
          : Promise.resolve(theirs);
      },
    });
    type(/^Title/, 'Cut support reply time to 1 hour');
    save();
    return { ...harness, sent };
  }

  it('says what changed, keeps the writer’s edit and takes the rest', async () => {
    await conflict();
    const notice = await screen.findByText(/Someone else changed this goal/);
    const items = within(notice.parentElement ?? notice).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Title is now “Cut support reply time to 3 hours” (was “Cut support reply time to 2 hours”). You changed it too: the form keeps your version.',
      expect.stringMatching(
        /^Due date is now .*2027.* \(was .*2026.*\)\. The form now shows the new value\.$/,
      ),
    ]);
    expect(field(/^Title/).value).toBe('Cut support reply time to 1 hour');
    expect(field(/^Due date/).value).toBe('2027-01-31');
  });

  it('saves the writer’s edit again on the new version', async () => {
    const { sent, navigations } = await conflict();
    await screen.findByText(/Someone else changed this goal/);
    save();
    await waitFor(() => expect(navigations).toEqual([{ screen: 'goal', goalId: 'g-1' }]));
    expect(sent).toEqual([
      [{ title: 'Cut support reply time to 1 hour' }, 'etag-1'],
      [{ title: 'Cut support reply time to 1 hour' }, 'etag-9'],
    ]);
  });
});
