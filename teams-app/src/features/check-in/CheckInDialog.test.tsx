import type { CheckIn, CreateCheckIn, GoalView } from '@northstar/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Theme } from '@fluentui/react-components';
import { axe } from 'jest-axe';
import { ApiError } from '../../api/api-error';
import { THEMES, renderScreen } from '../../test/render-screen';
import { CheckInDialog, type CheckInDialogProps } from './CheckInDialog';
import { testCheckIn, testGoalView } from './test-goal-view';

const goal = testGoalView({ id: 'g-1', title: 'Grow weekly users' });

interface Calls {
  events: string[];
  sent: CreateCheckIn[];
  keys: (string | undefined)[];
  optimistic: GoalView[];
  failed: [GoalView, string][];
}

function renderDialog(
  checkIn: (body: CreateCheckIn) => Promise<unknown>,
  target = goal,
  theme?: Theme,
) {
  const calls: Calls = { events: [], sent: [], keys: [], optimistic: [], failed: [] };
  const props: CheckInDialogProps = {
    goal: target,
    open: true,
    onOpenChange: (open) => calls.events.push(open ? 'open' : 'close'),
    onOptimistic: (g) => {
      calls.events.push('optimistic');
      calls.optimistic.push(g);
    },
    onSaved: (g: GoalView, c: CheckIn) => calls.events.push(`saved ${String(g.current)} ${c.id}`),
    onFailed: (previous, message) => {
      calls.events.push('failed');
      calls.failed.push([previous, message]);
    },
  };
  const api = {
    checkIn: (_id: string, body: CreateCheckIn, key?: string) => {
      calls.events.push('request');
      calls.sent.push(body);
      calls.keys.push(key);
      return checkIn(body);
    },
  };
  const result = renderScreen(<CheckInDialog {...props} />, theme ? { api, theme } : { api });
  return { ...result, calls, props };
}

const saved = (body: CreateCheckIn) =>
  Promise.resolve({
    checkIn: testCheckIn({ id: 'ci-9', value: body.value }),
    goal: { ...goal, current: body.value, etag: 'etag-2' },
  });

/** The texts an element's aria-describedby points to. */
function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const input = (element: HTMLElement) => element as HTMLInputElement;
const valueBox = () => input(screen.getByRole('spinbutton', { name: 'New value (users)' }));
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Save check-in' }));

describe('CheckInDialog', () => {
  it('labels every control and explains the value range', () => {
    renderDialog(saved);
    const dialog = screen.getByRole('dialog', { name: 'Check in on Grow weekly users' });
    expect(input(within(dialog).getByRole('switch', { name: /Mark as done/ })).checked).toBe(false);
    expect(input(within(dialog).getByRole('slider', { name: 'Confidence' })).value).toBe('7');
    expect(input(within(dialog).getByRole('textbox', { name: 'Note' })).value).toBe('');
    expect(valueBox().value).toBe('250');
    expect(descriptionOf(valueBox())).toContain('From 0 to 1000 users; now 250.');
  });

  it('asks for a percentage when the goal has no metric', () => {
    renderDialog(saved, testGoalView({ id: 'g-2', metric: null, current: 40 }));
    expect(input(screen.getByRole('spinbutton', { name: 'Progress (%)' })).value).toBe('40');
  });

  it('reports the optimistic goal, closes, then reports the saved goal', async () => {
    const { calls } = renderDialog(saved);
    fireEvent.change(valueBox(), { target: { value: '500' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Confidence' }), {
      target: { value: '9' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), {
      target: { value: 'Launch' },
    });
    submit();
    await waitFor(() => expect(calls.events).toContain('saved 500 ci-9'));
    expect(calls.events).toEqual(['optimistic', 'close', 'request', 'saved 500 ci-9']);
    expect(calls.sent).toEqual([{ value: 500, confidence: 9, note: 'Launch' }]);
    expect(calls.optimistic[0]).toMatchObject({ current: 500, progress: 0.5, lastConfidence: 9 });
  });

  it('sends the target when marked as done', async () => {
    const { calls } = renderDialog(saved);
    fireEvent.click(
      screen.getByRole('switch', { name: /Mark as done \(sets the value to 1000 users\)/ }),
    );
    expect(valueBox().disabled).toBe(true);
    expect(valueBox().value).toBe('1000');
    submit();
    await waitFor(() => expect(calls.sent).toEqual([{ value: 1000, confidence: 7 }]));
  });

  it.each([
    ['empty', '', 'Enter a number.'],
    ['text that is no number', '1e13', 'Enter a number.'],
  ])('keeps an %s value and says why next to the field', (_name, value, message) => {
    const { calls } = renderDialog(saved);
    fireEvent.change(valueBox(), { target: { value } });
    submit();
    expect(descriptionOf(valueBox())).toContain(message);
    expect(screen.getByRole('alert').textContent).toBe(message);
    expect(calls.events).toEqual([]);
  });

  it('sends once more under the same key when offline, then hands the failure back', async () => {
    const { calls } = renderDialog(() => Promise.reject(new ApiError(0, undefined)));
    submit();
    await waitFor(() => expect(calls.failed).toHaveLength(1));
    expect(calls.failed[0]).toEqual([goal, expect.stringContaining('could not be reached')]);
    expect(calls.events).toEqual(['optimistic', 'close', 'request', 'request', 'failed']);
    expect(calls.keys[0]).toEqual(expect.any(String));
    expect(calls.keys[1]).toBe(calls.keys[0]);
  });

  it('hands a refusal back at once, without sending again', async () => {
    const refused = new ApiError(403, { code: 'forbidden', detail: 'Only the owner checks in.' });
    const { calls } = renderDialog(() => Promise.reject(refused));
    submit();
    await waitFor(() => expect(calls.failed).toHaveLength(1));
    expect(calls.failed[0]).toEqual([goal, 'Only the owner checks in.']);
    expect(calls.events).toEqual(['optimistic', 'close', 'request', 'failed']);
  });

  it.each([
    ['value', 'spinbutton', 'New value (users)'],
    ['confidence', 'slider', 'Confidence'],
    ['note', 'textbox', 'Note'],
  ])('opens again with the server message next to the %s field', async (field, role, name) => {
    const problem = {
      code: 'validation',
      detail: `body.${field} is not right`,
      errors: [{ field: `body.${field}`, message: `${field} is not right` }],
    };
    const { calls } = renderDialog(() => Promise.reject(new ApiError(400, problem)));
    submit();
    await waitFor(() => expect(calls.events).toContain('open'));
    expect(calls.events).toEqual(['optimistic', 'close', 'request', 'failed', 'open']);
    expect(descriptionOf(screen.getByRole(role, { name }))).toContain(`${field} is not right`);
  });

  it.each(THEMES)('passes axe in the %s theme', async (_name, theme) => {
    renderDialog(saved, goal, theme);
    await act(() => Promise.resolve());
    expect(await axe(document.body)).toHaveNoViolations();
  });
});
