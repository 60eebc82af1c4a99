import type { AddTalkingPoint } from '@northstar/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../api/api-error';
import { renderScreen } from '../../test/render-screen';
import { OneOnOneDetail } from './OneOnOneDetail';
import { managerMe } from './test-one-on-ones';
import { seriesApi } from './test-series-detail';

/** Priya's series, with a talking point of hers on the next 1:1. */
function apiWithPoint() {
  const api = seriesApi();
  api.change('oo-2', () => ({
    agenda: [
      { id: 'tp-9', authorId: 'priya-raman', text: 'Career growth', goalIds: [], done: false },
    ],
  }));
  return api;
}

/** Holds a method's answers until `release()`. */
function gate<A extends unknown[], R>(method: (...args: A) => Promise<R>) {
  let release: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (release = resolve));
  const held = async (...args: A) => {
    await opened;
    return method(...args);
  };
  return { held, release: () => release() };
}

async function openAgenda(api = apiWithPoint()) {
  renderScreen(<OneOnOneDetail seriesId="oos-1" />, { api, me: managerMe });
  return screen.findByRole('region', { name: 'Agenda' });
}

describe('OneOnOneDetail agenda', () => {
  it('adds a talking point linked to a goal at once, then keeps what the server saved', async () => {
    const api = apiWithPoint();
    const bodies: AddTalkingPoint[] = [];
    const add = api.addTalkingPoint;
    const { held, release } = gate((s: string, id: string, body: AddTalkingPoint) => {
      bodies.push(body);
      return add(s, id, body);
    });
    api.addTalkingPoint = held;
    const agenda = await openAgenda(api);
    const picker = within(agenda).getByRole('combobox', { name: 'Link a goal (optional)' });
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(2));
    expect(within(picker).queryByRole('option', { name: 'Archived goal' })).toBeNull();
    fireEvent.change(within(agenda).getByRole('textbox', { name: 'New talking point' }), {
      target: { value: '  Demo prep  ' },
    });
    fireEvent.change(picker, { target: { value: 'g-drill' } });
    fireEvent.click(within(agenda).getByRole('button', { name: 'Add talking point' }));
    const list = within(agenda).getByRole('list', { name: 'Talking points' });
    expect(within(list).getByRole('checkbox', { name: 'Demo prep' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(within(list).getByText('Adding…')).toBeTruthy();
    expect(within(agenda).getByRole('textbox', { name: 'New talking point' })).toHaveProperty(
      'value',
      '',
    );
    release();
    await waitFor(() => expect(within(list).queryByText('Adding…')).toBeNull());
    const saved = within(list).getByRole('checkbox', { name: 'Demo prep' });
    expect(saved).toHaveProperty('disabled', false);
    expect(bodies).toEqual([{ text: 'Demo prep', goalIds: ['g-drill'] }]);
    const link = within(list).getByRole('link', { name: 'Run the failover drill' });
    expect(link.getAttribute('href')).toBe('#/goals/g-drill');
  });

  it('takes a failed point back and puts the server’s words next to the field', async () => {
    const api = apiWithPoint();
    const errors = [{ field: 'body.text', message: 'must be at most 500 characters' }];
    api.failures.set('addTalkingPoint', new ApiError(400, { code: 'validation', errors }));
    const agenda = await openAgenda(api);
    const field = within(agenda).getByRole('textbox', { name: 'New talking point' });
    fireEvent.change(field, { target: { value: 'Too long' } });
    fireEvent.click(within(agenda).getByRole('button', { name: 'Add talking point' }));
    expect(await within(agenda).findByText('must be at most 500 characters')).toBeTruthy();
    expect(field).toHaveProperty('value', 'Too long');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(within(agenda).queryByRole('checkbox', { name: 'Too long' })).toBeNull();
  });

  it('asks for the text before sending an empty point', async () => {
    const api = apiWithPoint();
    const agenda = await openAgenda(api);
    fireEvent.click(within(agenda).getByRole('button', { name: 'Add talking point' }));
    expect(within(agenda).getByText('Write the talking point first.')).toBeTruthy();
    expect(api.calls).not.toContain('addTalkingPoint');
  });

  it('offers to load the goals again when they fail', async () => {
    const api = apiWithPoint();
    api.failures.set('listGoals', new ApiError(0, undefined));
    const agenda = await openAgenda(api);
    fireEvent.click(await within(agenda).findByRole('button', { name: 'Load the goals again' }));
    const picker = within(agenda).getByRole('combobox', { name: 'Link a goal (optional)' });
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(2));
  });

  it('marks a point discussed with the 1:1’s ETag', async () => {
    const api = apiWithPoint();
    const agenda = await openAgenda(api);
    const point = within(agenda).getByRole('checkbox', { name: 'Career growth' });
    fireEvent.click(point);
    expect(point).toHaveProperty('checked', true);
    expect(await within(agenda).findByText('Discussed')).toBeTruthy();
    expect(api.calls).toContain('updateTalkingPoint:oo-2-e2');
    expect(api.meetings.find((m) => m.id === 'oo-2')?.agenda[0]?.done).toBe(true);
  });

  it('after a 412 reloads the 1:1 and ticks the point on the latest version', async () => {
    const api = apiWithPoint();
    const agenda = await openAgenda(api);
    api.change('oo-2', (m) => ({
      agenda: [
        ...m.agenda,
        { id: 'tp-a', authorId: 'arjun-mehta', text: 'Pairing', goalIds: [], done: false },
      ],
    }));
    fireEvent.click(within(agenda).getByRole('checkbox', { name: 'Career growth' }));
    expect(await within(agenda).findByRole('checkbox', { name: 'Pairing' })).toBeTruthy();
    await waitFor(() => expect(api.meetings[1]?.agenda[0]?.done).toBe(true));
    const writes = api.calls.filter(
      (c) => c.startsWith('updateTalkingPoint') || c === 'listOneOnOnes',
    );
    expect(writes.slice(1)).toEqual([
      'updateTalkingPoint:oo-2-e2',
      'listOneOnOnes',
      'updateTalkingPoint:oo-2-e3',
    ]);
    expect(within(agenda).getByText('Added by Arjun Mehta')).toBeTruthy();
  });

  it('takes a failed tick back and says why', async () => {
    const api = apiWithPoint();
    api.failures.set('updateTalkingPoint:oo-2-e2', new ApiError(503, { detail: 'Try later.' }));
    const agenda = await openAgenda(api);
    const point = within(agenda).getByRole('checkbox', { name: 'Career growth' });
    fireEvent.click(point);
    expect(
      await within(agenda).findByText(
        '“Career growth” could not be marked as discussed. Try later.',
      ),
    ).toBeTruthy();
    expect(point).toHaveProperty('checked', false);
  });
});
