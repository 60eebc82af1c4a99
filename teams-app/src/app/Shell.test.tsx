import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { ApiClient } from '../api/api-client';
import { ApiError } from '../api/api-error';
import { FakeHost } from '../host/fake-host';
import { HostProvider } from '../host/host-context';
import { pending, testMe, testPerson } from '../test/render-screen';
import { Shell } from './Shell';

function renderShell(
  api: Partial<ApiClient>,
  host = new FakeHost({ kind: 'teams' }),
  hash = '#/alignment',
) {
  // replaceState, unlike assigning location.hash, fires no late hashchange into the next render.
  window.history.replaceState(null, '', `/${hash}`);
  const fullApi = { listGoals: () => pending(), alignment: () => pending(), ...api };
  const view = render(
    <HostProvider host={host}>
      <FluentProvider theme={teamsLightTheme}>
        <Shell api={fullApi as unknown as ApiClient} />
      </FluentProvider>
    </HostProvider>,
  );
  return { ...view, host };
}

describe('Shell', () => {
  it('tells the host the first screen shows once /me has loaded, and only then', async () => {
    let resolveMe: (value: ReturnType<typeof testMe>) => void = () => undefined;
    const { host } = renderShell({ me: () => new Promise((resolve) => (resolveMe = resolve)) });
    expect(screen.getByRole('status', { name: 'Signing you in' })).toBeTruthy();
    expect(host.notifySuccessCalls).toBe(0);
    resolveMe(testMe());
    await screen.findByRole('tab', { name: 'My goals' });
    expect(host.notifySuccessCalls).toBe(1);
  });

  it('offers My team only to managers, and navigates by tab', async () => {
    renderShell({
      me: () =>
        Promise.resolve(
          testMe({ roles: ['employee', 'manager'], directReports: [testPerson({ id: 'r1' })] }),
        ),
    });
    fireEvent.click(await screen.findByRole('tab', { name: 'My team' }));
    await waitFor(() => expect(window.location.hash).toBe('#/team'));
  });

  it('hides My team from employees', async () => {
    renderShell({ me: () => Promise.resolve(testMe()) });
    await screen.findByRole('tab', { name: 'My goals' });
    expect(screen.queryByRole('tab', { name: 'My team' })).toBeNull();
  });

  it('shows who is signed in and a switch in standalone mode', async () => {
    const host = new FakeHost({ kind: 'standalone', token: 'dev' });
    renderShell({ me: () => Promise.resolve(testMe()) }, host);
    fireEvent.click(await screen.findByRole('button', { name: 'Switch person' }));
    expect(await host.getToken()).toBeNull();
  });

  it('opens the goal a host deep link names', async () => {
    const asked: string[] = [];
    const host = new FakeHost({ kind: 'teams', deepLink: { goalId: 'g-42' } });
    renderShell(
      {
        me: () => Promise.resolve(testMe()),
        getGoal: (id: string) => {
          asked.push(id);
          return pending();
        },
        listCheckIns: () => pending(),
      },
      host,
      '',
    );
    await waitFor(() => expect(asked).toEqual(['g-42']));
  });

  it('explains a failed sign-in, retries, and passes axe', async () => {
    let calls = 0;
    const { container } = renderShell({
      me: () =>
        ++calls === 1
          ? Promise.reject(new ApiError(401, { title: 'Sign-in required' }))
          : Promise.resolve(testMe()),
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Sign-in required');
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('tab', { name: 'Alignment' })).toBeTruthy();
  });
});
