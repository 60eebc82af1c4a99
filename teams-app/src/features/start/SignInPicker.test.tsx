import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { axe } from 'jest-axe';
import { SignInPicker } from './SignInPicker';

const person = {
  id: 'arjun-mehta',
  displayName: 'Arjun Mehta',
  mail: 'arjun.mehta@contoso.example',
  jobTitle: 'Senior Software Engineer',
  department: 'Engineering',
  managerId: 'priya-raman',
  timeZone: 'Europe/London',
  workingHours: {
    days: ['monday'],
    startTime: '09:00',
    endTime: '17:30',
    timeZone: 'Europe/London',
  },
};

/** jsdom has no `Response`; the API client only reads `ok`, `status` and `text()`. */
function jsonResponse(body: unknown, status = 200): Response {
  return {
    ok: status < 400,
    status,
    text: () => Promise.resolve(JSON.stringify(body)),
  } as Response;
}

/** A fake API answering the two dev routes, recording what was posted. */
function fakeApi(posted: unknown[]) {
  return (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : '';
    if (url.endsWith('/api/dev/people')) {
      return Promise.resolve(
        jsonResponse({ items: [{ tenantId: 't', tenantName: 'Contoso', person }] }),
      );
    }
    posted.push(JSON.parse(typeof init?.body === 'string' ? init.body : 'null'));
    return Promise.resolve(jsonResponse({ token: 'tok-123' }));
  };
}

function renderPicker(onSignedIn: (token: string) => void) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SignInPicker onSignedIn={onSignedIn} />
    </FluentProvider>,
  );
}

describe('SignInPicker (dev mode)', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('lists the demo people and signs in the one picked', async () => {
    const posted: unknown[] = [];
    jest.spyOn(globalThis, 'fetch').mockImplementation(fakeApi(posted));
    const signedIn: string[] = [];
    renderPicker((token) => signedIn.push(token));
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in as Arjun' }));
    await waitFor(() => expect(signedIn).toEqual(['tok-123']));
    expect(posted).toEqual([{ personId: 'arjun-mehta' }]);
    expect(signedIn).toEqual(['tok-123']);
  });

  it('says what went wrong when the people cannot load, and passes axe', async () => {
    jest
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(
        jsonResponse({ title: 'Down', status: 503, code: 'upstream_unavailable', type: 'x' }, 503),
      );
    const { container } = renderPicker(() => undefined);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not load the demo people: Down',
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
