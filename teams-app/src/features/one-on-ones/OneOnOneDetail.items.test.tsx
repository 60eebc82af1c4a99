import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../api/api-error';
import { renderScreen } from '../../test/render-screen';
import { OneOnOneDetail } from './OneOnOneDetail';
import { managerMe } from './test-one-on-ones';
import { seriesApi } from './test-series-detail';

describe('OneOnOneDetail action items', () => {
  const open = async (api = seriesApi()) => {
    renderScreen(<OneOnOneDetail seriesId="oos-1" />, { api, me: managerMe });
    return screen.findByRole('region', { name: 'Action items' });
  };

  it('adds an item owned by either participant, with a due date', async () => {
    const api = seriesApi();
    const items = await open(api);
    fireEvent.change(within(items).getByRole('textbox', { name: 'New action item' }), {
      target: { value: 'Write the retro' },
    });
    const owner = within(items).getByRole('combobox', { name: 'Owner' });
    expect(
      within(owner)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Me (Priya Raman)', 'Arjun Mehta']);
    fireEvent.change(owner, { target: { value: 'priya-raman' } });
    fireEvent.change(within(items).getByLabelText('Due date (optional)'), {
      target: { value: '2031-02-03' },
    });
    fireEvent.click(within(items).getByRole('button', { name: 'Add action item' }));
    const list = within(items).getByRole('list', { name: 'Action items' });
    expect(within(list).getByRole('checkbox', { name: 'Write the retro' })).toBeTruthy();
    await waitFor(() => expect(api.meetings[1]?.actionItems).toHaveLength(2));
    expect(api.meetings[1]?.actionItems[1]).toMatchObject({
      ownerId: 'priya-raman',
      dueDate: '2031-02-03',
    });
    expect(await within(list).findByText('Owner: You')).toBeTruthy();
    expect(within(list).getByText(/^Due .*2031$/)).toBeTruthy();
  });

  it('puts a due date the server refuses next to the date', async () => {
    const api = seriesApi();
    const errors = [{ field: 'body.dueDate', message: 'must be a date' }];
    api.failures.set('addActionItem', new ApiError(400, { code: 'validation', errors }));
    const items = await open(api);
    fireEvent.change(within(items).getByRole('textbox', { name: 'New action item' }), {
      target: { value: 'Write the retro' },
    });
    fireEvent.click(within(items).getByRole('button', { name: 'Add action item' }));
    expect(await within(items).findByText('must be a date')).toBeTruthy();
    expect(within(items).getByLabelText('Due date (optional)').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(within(items).getByRole('textbox', { name: 'New action item' })).toHaveProperty(
      'value',
      'Write the retro',
    );
  });

  it('sends quick ticks one after another, each with the latest ETag', async () => {
    const api = seriesApi();
    const items = await open(api);
    const agenda = screen.getByRole('region', { name: 'Agenda' });
    fireEvent.change(within(agenda).getByRole('textbox', { name: 'New talking point' }), {
      target: { value: 'Pairing' },
    });
    fireEvent.click(within(agenda).getByRole('button', { name: 'Add talking point' }));
    fireEvent.click(within(items).getByRole('checkbox', { name: 'Book the drill' }));
    await waitFor(() => expect(api.meetings[1]?.actionItems[0]?.done).toBe(true));
    expect(api.calls.filter((c) => c.startsWith('update'))).toEqual(['updateActionItem:oo-2-e2']);
    expect(within(items).getByText('Done')).toBeTruthy();
  });
});
