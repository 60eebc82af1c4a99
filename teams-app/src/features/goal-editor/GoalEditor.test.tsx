import type { Role } from '@northstar/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, pending, renderScreen, testMe } from '../../test/render-screen';
import { GoalEditor } from './GoalEditor';
import { todayIso } from './goal-draft';
import { editorApi } from './test-editor-api';

function input(name: string | RegExp): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('textbox', { name });
}

function dateInput(name: string): HTMLInputElement {
  // A required field's label ends in an asterisk.
  return screen.getByLabelText<HTMLInputElement>(new RegExp(`^${name}`), { selector: 'input' });
}

/** The goals to align to have loaded (so no update lands after the test). */
async function optionsLoaded(): Promise<void> {
  expect(await screen.findByPlaceholderText('Search goals or owners')).toBeTruthy();
}

describe('GoalEditor: a new goal', () => {
  it('shows a blank form, starting today, private, with no parents', async () => {
    const { api } = editorApi();
    renderScreen(<GoalEditor />, { api });
    expect(screen.getByRole('heading', { level: 1, name: 'Write a goal' })).toBeTruthy();
    expect(input(/^Title/).value).toBe('');
    expect(input(/^Description/).value).toBe('');
    expect(dateInput('Start date').value).toBe(todayIso());
    expect(dateInput('Due date').value).toBe('');
    expect(screen.getByRole('radio', { name: /^Private/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('switch', { name: 'Measure with a number' })).toHaveProperty(
      'checked',
      false,
    );
    expect(screen.queryByRole('list', { name: 'Chosen parent goals' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Create goal' })).toBeTruthy();
    await optionsLoaded();
  });

  it('pre-selects the parent it was opened for', async () => {
    const { api } = editorApi();
    renderScreen(<GoalEditor parentId="g-team" />, { api });
    const chosen = screen.getByRole('list', { name: 'Chosen parent goals' });
    expect(await within(chosen).findByText('Halve the support backlog')).toBeTruthy();
    expect(within(chosen).getByText('Priya Raman')).toBeTruthy();
  });

  it.each<[string, Role[], string[]]>([
    ['an employee', ['employee'], ['Individual', 'Development']],
    ['a manager', ['employee', 'manager'], ['Individual', 'Development', 'Team']],
    ['an admin', ['employee', 'admin'], ['Individual', 'Development', 'Team', 'Company']],
  ])('offers the levels %s may write', async (_who, roles, levels) => {
    const { api } = editorApi();
    renderScreen(<GoalEditor />, { api, me: testMe({ roles }) });
    await optionsLoaded();
    const group = screen.getByRole('radiogroup', { name: 'Level' });
    const names = within(group)
      .getAllByRole('radio')
      .map((radio) => radio.getAttribute('value'));
    expect(names).toEqual(levels.map((l) => l.toLowerCase()));
  });

  it('drops visibility and parents for a company goal', async () => {
    const { api } = editorApi();
    renderScreen(<GoalEditor />, { api, me: testMe({ roles: ['admin'] }) });
    await optionsLoaded();
    fireEvent.click(screen.getByRole('radio', { name: /^Company/ }));
    expect(screen.queryByRole('radiogroup', { name: 'Who can see it' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: /Aligned to/ })).toBeNull();
    expect(screen.getByText(/Company goals are the top of the alignment/)).toBeTruthy();
  });

  it('returns to My goals on Cancel', async () => {
    const { api } = editorApi();
    const { navigations } = renderScreen(<GoalEditor />, { api });
    await optionsLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(navigations).toEqual([{ screen: 'my-goals' }]);
  });
});

describe('GoalEditor: editing a goal', () => {
  it('shows a loading state while the goal loads', () => {
    const { api } = editorApi({ getGoal: () => pending() });
    renderScreen(<GoalEditor goalId="g-1" />, { api });
    expect(screen.getByRole('status', { name: 'Loading the goal' })).toBeTruthy();
  });

  it('fills the form from the goal; the level is shown, not offered', async () => {
    const { api } = editorApi();
    renderScreen(<GoalEditor goalId="g-1" />, { api });
    expect(await screen.findByRole('heading', { name: 'Edit goal' })).toBeTruthy();
    expect(input(/^Title/).value).toBe('Cut support reply time to 2 hours');
    expect(input(/^Description/).value).toBe('Customers wait too long for a first answer.');
    expect(screen.getByRole('switch', { name: 'Measure with a number' })).toHaveProperty(
      'checked',
      true,
    );
    expect(input(/^Unit/).value).toBe('hours');
    expect(screen.getByRole('spinbutton', { name: /^Start value/ })).toHaveProperty('value', '8');
    expect(screen.getByRole('spinbutton', { name: /^Target/ })).toHaveProperty('value', '2');
    expect(dateInput('Due date').value).toBe('2026-12-31');
    expect(screen.queryByRole('radiogroup', { name: 'Level' })).toBeNull();
    expect(screen.getByText('Individual: a result you own')).toBeTruthy();
    const chosen = screen.getByRole('list', { name: 'Chosen parent goals' });
    expect(await within(chosen).findByText('Halve the support backlog')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeTruthy();
  });

  it('says what went wrong and loads again on retry', async () => {
    let attempts = 0;
    const { api } = editorApi({
      getGoal: () => {
        attempts += 1;
        return attempts === 1
          ? Promise.reject(new ApiError(503, { detail: 'The goal store is down.' }))
          : editorApi().api.getGoal('g-1');
      },
    });
    renderScreen(<GoalEditor goalId="g-1" />, { api });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The goal store is down.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Edit goal' })).toBeTruthy();
    await optionsLoaded();
  });

  it('says when the goal does not exist', async () => {
    const { api } = editorApi({ getGoal: () => Promise.reject(new ApiError(404, {})) });
    renderScreen(<GoalEditor goalId="nope" />, { api });
    expect(await screen.findByText('This goal was not found')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to my goals' })).toHaveProperty(
      'hash',
      '#/goals',
    );
  });

  it('returns to the goal on Cancel', async () => {
    const { api } = editorApi();
    const { navigations } = renderScreen(<GoalEditor goalId="g-1" />, { api });
    await optionsLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(navigations).toEqual([{ screen: 'goal', goalId: 'g-1' }]);
  });
});

describe.each(THEMES)('GoalEditor accessibility (%s theme)', (_name, theme) => {
  it('has no axe violations in the filled form', async () => {
    const { api } = editorApi();
    const { container } = renderScreen(<GoalEditor goalId="g-1" />, { api, theme });
    await screen.findByText('Halve the support backlog');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no axe violations with errors shown', async () => {
    const { api } = editorApi();
    const { container } = renderScreen(<GoalEditor />, { api, theme });
    await optionsLoaded();
    fireEvent.click(screen.getByRole('switch', { name: 'Measure with a number' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create goal' }));
    await screen.findByRole('list', { name: 'Fields to fix' });
    expect(await axe(container)).toHaveNoViolations();
  });
});
