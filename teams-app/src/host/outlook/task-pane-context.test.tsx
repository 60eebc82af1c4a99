import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FakeHost } from '../fake-host';
import { HostProvider, useAppointment, useOutlookTaskPane } from '../host-context';
import type { OutlookTaskPane } from './appointment-port';
import { FakeAppointment } from './fake-appointment';

function inHost(outlookTaskPane?: OutlookTaskPane) {
  const host = new FakeHost({ kind: 'outlook', ...(outlookTaskPane ? { outlookTaskPane } : {}) });
  return ({ children }: { children?: ReactNode }) => (
    <HostProvider host={host}>{children}</HostProvider>
  );
}

describe('useAppointment', () => {
  it('is the appointment of a connected Outlook task pane', () => {
    const appointment = new FakeAppointment();
    const wrapper = inHost({ status: 'connected', appointment });
    expect(renderHook(() => useAppointment(), { wrapper }).result.current).toBe(appointment);
  });

  it.each([
    ['an unreachable task pane', inHost({ status: 'unavailable', reason: 'offline' })],
    ['a tab', inHost()],
  ])('is null in %s', (_name, wrapper) => {
    expect(renderHook(() => useAppointment(), { wrapper }).result.current).toBeNull();
  });

  it('is null, like the task pane, where no host is provided', () => {
    expect(renderHook(() => useAppointment()).result.current).toBeNull();
    expect(renderHook(() => useOutlookTaskPane()).result.current).toBeNull();
  });
});
