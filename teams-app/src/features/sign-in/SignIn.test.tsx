import { FluentProvider } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { ApiClient } from '../../api/api-client';
import { ApiError } from '../../api/api-error';
import { FakeHost } from '../../host/fake-host';
import { HostProvider } from '../../host/host-context';
import { THEMES, testPerson } from '../../test/render-screen';
import { SignIn } from './SignIn';

const people = [
  { tenantId: 't', tenantName: 'Contoso', person: testPerson() },
  {
    tenantId: 't',
    tenantName: 'Contoso',
    person: testPerson({
      id: 'priya-raman',
      displayName: 'Priya Raman',
      jobTitle: 'Engineering Manager',
    }),
  },
];

function renderSignIn(api: Partial<ApiClient>, host = new FakeHost({ kind: 'standalone' })) {
  const view = render(
    <HostProvider host={host}>
      <FluentProvider theme={THEMES[0]![1]}>
        <SignIn api={api as ApiClient} />
      </FluentProvider>
    </HostProvider>,
  );
  return { ...view, host };
}

describe('SignIn (standalone dev mode)', () => {
  it('signs in the picked demo person through the host', async () => {
    const asked: string[] = [];
    const { host } = renderSignIn({
      devPeople: () => Promise.resolve(people),
      devSignIn: (id: string) => {
        asked.push(id);
        return Promise.resolve(`token-for-${id}`);
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in as Priya Raman' }));
    await waitFor(async () => expect(await host.getToken()).toBe('token-for-priya-raman'));
    expect(asked).toEqual(['priya-raman']);
  });

  it('filters people by name, title or department', async () => {
    renderSignIn({ devPeople: () => Promise.resolve(people) });
    await screen.findByRole('button', { name: 'Sign in as Arjun Mehta' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Find a person' }), {
      target: { value: 'manager' },
    });
    expect(screen.queryByRole('button', { name: 'Sign in as Arjun Mehta' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign in as Priya Raman' })).toBeTruthy();
  });

  it('says why it fell back to the local sign-in inside a frame', async () => {
    renderSignIn(
      { devPeople: () => Promise.resolve(people) },
      new FakeHost({ kind: 'standalone', fallbackReason: 'Teams did not answer in 3 s' }),
    );
    expect(await screen.findByText(/Teams did not answer in 3 s/)).toBeTruthy();
  });

  it.each(THEMES)('shows a retryable error and passes axe (%s)', async (_name, theme) => {
    let calls = 0;
    const api = {
      devPeople: () => {
        calls++;
        return calls === 1
          ? Promise.reject(new ApiError(503, { title: 'Down for a moment' }))
          : Promise.resolve(people);
      },
    };
    const { container } = render(
      <HostProvider host={new FakeHost({ kind: 'standalone' })}>
        <FluentProvider theme={theme}>
          <SignIn api={api as unknown as ApiClient} />
        </FluentProvider>
      </HostProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Down for a moment');
    expect(await axe(container)).toHaveNoViolations();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Sign in as Arjun Mehta' })).toBeTruthy();
  });
});
