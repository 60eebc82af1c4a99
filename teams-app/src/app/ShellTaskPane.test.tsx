import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import type { ApiClient } from '../api/api-client';
import { FakeHost } from '../host/fake-host';
import { HostProvider } from '../host/host-context';
import { FakeAppointment } from '../host/outlook/fake-appointment';
import { testMe, testPerson } from '../test/render-screen';
import { Shell } from './Shell';

const manager = testMe({
  roles: ['employee', 'manager'],
  directReports: [testPerson({ id: 'r1' })],
});

function renderShell(host: FakeHost) {
  window.history.replaceState(null, '', '/?host=outlook#/schedule');
  const api = { me: () => Promise.resolve(manager), searchPeople: () => Promise.resolve([]) };
  return render(
    <HostProvider host={host}>
      <FluentProvider theme={teamsLightTheme}>
        <Shell api={api as unknown as ApiClient} />
      </FluentProvider>
    </HostProvider>,
  );
}

describe('Shell in the Outlook task pane', () => {
  it.each([
    ['connected', { status: 'connected', appointment: new FakeAppointment() } as const],
    ['unavailable', { status: 'unavailable', reason: 'Office.js did not load.' } as const],
  ])('shows only the scheduling screen, without sections (%s)', async (_name, outlookTaskPane) => {
    renderShell(new FakeHost({ kind: 'outlook', outlookTaskPane }));
    expect(await screen.findByRole('heading', { name: 'Schedule reviews' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Sections' })).toBeNull();
  });

  it('keeps the sections as a tab', async () => {
    renderShell(new FakeHost({ kind: 'outlook' }));
    expect(await screen.findByRole('navigation', { name: 'Sections' })).toBeTruthy();
  });
});
