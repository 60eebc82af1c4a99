import type { UpdateCycle } from '@northstar/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiError } from '../../api/api-error';
import { formatDate } from '../../components/format';
import { renderScreen, testMe } from '../../test/render-screen';
import { CycleDetail } from './CycleDetail';
import { testCycle, testReport } from './test-review';

const admin = testMe({ roles: ['employee', 'admin'] });

function show(updateCycle: (id: string, patch: UpdateCycle, etag: string) => Promise<unknown>) {
  const api = {
    getCycle: () => Promise.resolve(testCycle()),
    cycleReport: () => Promise.resolve(testReport()),
    updateCycle,
  };
  return renderScreen(<CycleDetail cycleId="c-1" />, { api, me: admin });
}

async function type(label: string, value: string) {
  const form = await screen.findByRole('form', { name: 'Name and dates' });
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
  return form;
}

function save(form: HTMLElement) {
  fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
}

/** The message a field shows (Fluent links it with aria-describedby). */
function errorOf(form: HTMLElement, label: string): string | null {
  const input = within(form).getByLabelText(label);
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const texts = ids.map((id) => document.getElementById(id)?.textContent ?? '');
  return input.getAttribute('aria-invalid') === 'true' ? texts.join(' ') : null;
}

describe('CycleEditForm', () => {
  it('checks the phase order before sending and names the earlier date', async () => {
    const updateCycle = jest.fn();
    show(updateCycle);
    const form = await type('Release on', '2026-11-20');
    save(form);
    expect(errorOf(form, 'Release on')).toBe(
      `Must be on or after “Manager review ends” (${formatDate('2026-11-28')}).`,
    );
    expect(updateCycle).not.toHaveBeenCalled();
  });

  it('sends only what changed, with the etag', async () => {
    const calls: [string, UpdateCycle, string][] = [];
    const updateCycle = (id: string, patch: UpdateCycle, etag: string) => {
      calls.push([id, patch, etag]);
      return Promise.resolve(testCycle({ name: 'FY27 H1 reviews', etag: 'ce-2' }));
    };
    show(updateCycle);
    save(await type('Name', ' FY27 H1 reviews '));
    expect(await screen.findByText('Cycle saved.')).toBeTruthy();
    expect(calls).toEqual([['c-1', { name: 'FY27 H1 reviews' }, 'ce-1']]);
    expect(screen.getByRole('heading', { name: 'FY27 H1 reviews', level: 1 })).toBeTruthy();
  });

  it('sends the phases when a date moved', async () => {
    const updateCycle = jest.fn(() => Promise.resolve(testCycle({ etag: 'ce-2' })));
    show(updateCycle);
    save(await type('Acknowledge by', '2026-12-20'));
    await screen.findByText('Cycle saved.');
    const phases = { ...testCycle().phases, acknowledgeBy: '2026-12-20' };
    expect(updateCycle).toHaveBeenCalledWith('c-1', { phases }, 'ce-1');
  });

  it('says when there is nothing to save', async () => {
    const updateCycle = jest.fn();
    show(updateCycle);
    save(await screen.findByRole('form', { name: 'Name and dates' }));
    expect(
      await screen.findByText('Nothing to save: change the name or a date first.'),
    ).toBeTruthy();
    expect(updateCycle).not.toHaveBeenCalled();
  });

  it.each([
    [400, { errors: [{ field: 'body.phases.release', message: 'Too late for this period' }] }],
    [409, { detail: 'The self review phase has already ended; its start can no longer move.' }],
  ])(
    'shows a %i from the server in words, a field error next to its field',
    async (status, problem) => {
      const updateCycle = () => Promise.reject(new ApiError(status, problem as never));
      show(updateCycle);
      const form = await type('Release on', '2026-12-02');
      save(form);
      if (status === 400)
        await waitFor(() => expect(errorOf(form, 'Release on')).toBe('Too late for this period'));
      else expect(await screen.findByText(/its start can no longer move/)).toBeTruthy();
    },
  );
});
