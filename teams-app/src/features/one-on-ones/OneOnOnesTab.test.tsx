import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import type { MeResponse } from '@northstar/shared';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ApiClient } from '../../api/api-client';
import { Shell } from '../../app/Shell';
import { FakeHost } from '../../host/fake-host';
import { HostProvider } from '../../host/host-context';
import { pending, testMe } from '../../test/render-screen';
import { managerMe } from './test-one-on-ones';

/** The signed-in shell on My goals, with `me` signed in and every list still loading. */
function renderShell(me: MeResponse) {
  window.history.replaceState(null, '', '/#/goals');
  const api = { me: () => Promise.resolve(me), listGoals: pending, listOneOnOneSeries: pending };
  render(
    <HostProvider host={new FakeHost({ kind: 'teams' })}>
      <FluentProvider theme={teamsLightTheme}>
        <Shell api={api as unknown as ApiClient} />
      </FluentProvider>
    </HostProvider>,
  );
}

describe('the 1:1s tab', () => {
  it.each([
    ['someone with a manager', testMe()],
    ['a manager without a manager', { ...managerMe, manager: null }],
  ])('is offered to %s and opens the 1:1s', async (_, me) => {
    renderShell(me);
    fireEvent.click(await screen.findByRole('tab', { name: '1:1s' }));
    await waitFor(() => expect(window.location.hash).toBe('#/one-on-ones'));
    expect(await screen.findByRole('status', { name: 'Loading your 1:1s' })).toBeTruthy();
  });

  it('is not offered to someone with neither a manager nor reports', async () => {
    renderShell(testMe({ manager: null }));
    await screen.findByRole('tab', { name: 'My goals' });
    expect(screen.queryByRole('tab', { name: '1:1s' })).toBeNull();
  });
});
