import { fireEvent, screen, within } from '@testing-library/react';
import { renderScreen } from '../../test/render-screen';
import { GoalEditor } from './GoalEditor';
import { editorApi } from './test-editor-api';

function picker(): HTMLElement {
  return screen.getByRole('combobox', { name: /^Aligned to/ });
}

function search(text: string): void {
  fireEvent.change(picker(), { target: { value: text } });
}

/** A multiselect combobox's options are checkable menu items. */
function optionNames(): string[] {
  return screen.queryAllByRole('menuitemcheckbox').map((option) => option.textContent);
}

async function renderPicker(overrides: Record<string, unknown> = {}) {
  const harness = editorApi(overrides);
  const result = renderScreen(<GoalEditor />, { api: harness.api });
  expect(await screen.findByPlaceholderText('Search goals or owners')).toBeTruthy();
  return { ...result, calls: harness.calls };
}

function choose(title: string): void {
  search(title);
  fireEvent.click(screen.getByRole('menuitemcheckbox', { name: new RegExp(title) }));
}

describe('ParentPicker', () => {
  it('lists company then team goals with their owners, asking only for unknown owners', async () => {
    const { calls } = await renderPicker();
    search('');
    fireEvent.keyDown(picker(), { key: 'ArrowDown' });
    expect(optionNames()).toEqual([
      'Reach 99.95% uptimeDana Whitfield · Company goal · FY27\u00a0Q2',
      'Halve the support backlogPriya Raman · Team goal · FY27\u00a0Q2',
    ]);
    // Priya Raman is the signed-in person's manager, known from /me already.
    expect(calls.people).toEqual(['dana-whitfield']);
  });

  it.each<[string, string[]]>([
    ['uptime', ['Reach 99.95% uptime']],
    ['priya', ['Halve the support backlog']],
    ['payroll', []],
  ])('searches titles and owners for "%s"', async (query, expected) => {
    await renderPicker();
    search(query);
    expect(optionNames().map((name) => name.split(/Dana|Priya/)[0])).toEqual(expected);
  });

  it('says when nothing matches', async () => {
    await renderPicker();
    search('payroll');
    expect(screen.getByRole('status').textContent).toBe('No goals match “payroll”.');
  });

  it('asks for a weight per parent, explained, once there are two', async () => {
    await renderPicker();
    choose('Halve the support backlog');
    const chosen = screen.getByRole('list', { name: 'Chosen parent goals' });
    expect(within(chosen).queryByRole('spinbutton')).toBeNull();
    choose('Reach 99.95% uptime');
    const weight = screen.getByRole('spinbutton', { name: 'Weight for Reach 99.95% uptime' });
    expect(weight).toHaveProperty('value', '100');
    expect(screen.getByText(/how much this goal counts towards each parent/)).toBeTruthy();
    expect(weight.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(chosen).getAllByRole('spinbutton')).toHaveLength(2);
  });

  it('sends the chosen parents with their weights', async () => {
    const { calls } = await renderPicker();
    fireEvent.change(screen.getByRole('textbox', { name: /^Title/ }), {
      target: { value: 'Answer every ticket within a day' },
    });
    fireEvent.change(screen.getByLabelText(/^Due date/, { selector: 'input' }), {
      target: { value: '2099-12-31' },
    });
    choose('Halve the support backlog');
    choose('Reach 99.95% uptime');
    fireEvent.change(screen.getByRole('spinbutton', { name: /^Weight for Reach/ }), {
      target: { value: '25' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create goal' }));
    await screen.findByRole('button', { name: 'Create goal' });
    expect(calls.created[0]?.parentIds).toEqual([
      { goalId: 'g-team', weight: 100 },
      { goalId: 'g-company', weight: 25 },
    ]);
  });

  it('removes a parent, and the weights go with the second one', async () => {
    await renderPicker();
    choose('Halve the support backlog');
    choose('Reach 99.95% uptime');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Halve the support backlog' }));
    const chosen = screen.getByRole('list', { name: 'Chosen parent goals' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Reach 99.95% uptimeDana Whitfield']);
    expect(screen.queryByRole('spinbutton')).toBeNull();
  });

  it('offers a retry when the goals cannot be loaded', async () => {
    let fail = true;
    const { api } = editorApi();
    const listGoals = api.listGoals;
    renderScreen(<GoalEditor />, {
      api: {
        ...api,
        listGoals: (query: Parameters<typeof listGoals>[0]) =>
          fail ? Promise.reject(new Error('down')) : listGoals(query),
      },
    });
    expect(await screen.findByText('The goals to align to could not be loaded.')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByPlaceholderText('Search goals or owners')).toBeTruthy();
  });
});
