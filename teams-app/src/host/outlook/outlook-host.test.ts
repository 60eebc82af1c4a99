import { detectHost } from '../detect-host';
import { FakeTeamsSdk } from '../fake-teams-sdk';
import { fakeWindow } from '../fake-window';
import { HostAuthError } from '../host-errors';
import type { NestedAuthClient, SilentTokenResult } from '../teams-sdk';
import { asyncStatus, outlookOfficeMock } from './office-mock';
import { OfficeLoadError } from './office-loader';
import { connectOutlookTaskPane } from './outlook-host';

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose main module
// pulls in uuid 11 (ESM only), which this jest config does not transform.
jest.mock('office-addin-manifest', () =>
  jest.requireActual<object>('office-addin-manifest/lib/officeApp'),
);

const taskPaneUrl = 'https://northstar.test/?host=outlook#/schedule';
const config = { clientId: 'client-1', apiScope: 'api://northstar.test/client-1/access_as_user' };

/** Outlook with an appointment being organized; SSO answers `sso`, NAA is supported or not. */
function outlook(options: { sso?: string | { code: number }; naa?: boolean } = {}) {
  const sso = options.sso ?? 'office-sso-token';
  const requests: unknown[] = [];
  const office = outlookOfficeMock({
    AsyncResultStatus: asyncStatus,
    context: {
      requirements: { isSetSupported: (name: string) => name === 'NestedAppAuth' && !!options.naa },
      mailbox: {
        item: {
          requiredAttendees: {
            getAsync: (done: (r: object) => void) => done({ status: 0, value: [] }),
          },
          optionalAttendees: {
            getAsync: (done: (r: object) => void) => done({ status: 0, value: [] }),
          },
          start: { setAsync: () => undefined },
        },
      },
    },
    auth: {
      getAccessToken: (request: unknown) => {
        requests.push(request);
        return typeof sso === 'string'
          ? Promise.resolve(sso)
          : Promise.reject(Object.assign(new Error('Office SSO failed'), sso));
      },
    },
  });
  return { office, requests };
}

function nestedAuth(silent: SilentTokenResult) {
  const calls: string[] = [];
  const client: NestedAuthClient = {
    acquireTokenSilent: (scopes) => (
      calls.push(`silent ${scopes.join()}`),
      Promise.resolve(silent)
    ),
    acquireTokenPopup: (scopes) => (
      calls.push(`popup ${scopes.join()}`),
      Promise.resolve('naa-popup-token')
    ),
  };
  let created = 0;
  return {
    calls,
    created: () => created,
    create: () => {
      created += 1;
      return Promise.resolve(client);
    },
  };
}

/** The task pane with NAA configured, Office from `office` and MSAL replaced by `naa`. */
function connectWithNestedAuth(
  office: ReturnType<typeof outlook>['office'],
  naa: ReturnType<typeof nestedAuth>,
) {
  return connectOutlookTaskPane({
    window: fakeWindow({ href: taskPaneUrl }),
    config,
    loadOffice: () => Promise.resolve(office),
    createNestedAuth: naa.create,
  });
}

describe('connectOutlookTaskPane', () => {
  it('is an Outlook host holding the appointment, signed in by Outlook single sign-on', async () => {
    const { office, requests } = outlook();
    const host = await connectOutlookTaskPane({
      window: fakeWindow({ href: taskPaneUrl }),
      config: {},
      loadOffice: () => Promise.resolve(office),
    });
    expect({
      kind: host.kind,
      devSignIn: host.devSignIn,
      status: host.outlookTaskPane?.status,
    }).toEqual({
      kind: 'outlook',
      devSignIn: undefined,
      status: 'connected',
    });
    await expect(host.getToken()).resolves.toBe('office-sso-token');
    expect(requests).toEqual([{ allowSignInPrompt: true, allowConsentPrompt: true }]);
    if (host.outlookTaskPane?.status !== 'connected') throw new Error('not connected');
    await expect(host.outlookTaskPane.appointment.readAttendees()).resolves.toEqual([]);
  });

  it('follows the OS theme live', async () => {
    const win = fakeWindow({ href: taskPaneUrl });
    const { office } = outlook();
    const host = await connectOutlookTaskPane({
      window: win,
      config: {},
      loadOffice: () => Promise.resolve(office),
    });
    win.media.get('(prefers-color-scheme: dark)')?.set(true);
    expect(host.theme).toBe('dark');
  });

  it('takes Office single sign-on without prompts first when NAA is possible, without MSAL', async () => {
    const { office, requests } = outlook({ naa: true });
    const naa = nestedAuth({ kind: 'interaction_required' });
    const host = await connectWithNestedAuth(office, naa);
    await expect(host.getToken()).resolves.toBe('office-sso-token');
    expect(requests).toEqual([{ allowSignInPrompt: false, allowConsentPrompt: false }]);
    expect(naa.calls).toEqual([]);
  });

  it('uses Nested App Authentication when configured, Outlook supports it and silent SSO fails; one client for all', async () => {
    const { office, requests } = outlook({ naa: true, sso: { code: 13001 } });
    const naa = nestedAuth({ kind: 'interaction_required' });
    const host = await connectWithNestedAuth(office, naa);
    await expect(host.getToken()).resolves.toBe('naa-popup-token');
    await expect(host.getToken()).resolves.toBe('naa-popup-token');
    expect(naa.calls).toEqual([
      `silent ${config.apiScope}`,
      `popup ${config.apiScope}`,
      `silent ${config.apiScope}`,
      `popup ${config.apiScope}`,
    ]);
    expect(naa.created()).toBe(1);
    // Silent SSO is asked once: after it failed, the pane goes to NAA straight away.
    expect(requests).toEqual([{ allowSignInPrompt: false, allowConsentPrompt: false }]);
  });

  it.each([
    [13002, 'sign_in_cancelled'],
    [13005, 'consent_required'],
    [13007, 'token_unavailable'],
  ])('turns Office SSO error %i into a %s HostAuthError', async (code, expected) => {
    const { office } = outlook({ sso: { code } });
    const host = await connectOutlookTaskPane({
      window: fakeWindow({ href: taskPaneUrl }),
      config: {},
      loadOffice: () => Promise.resolve(office),
    });
    const failure = host.getToken();
    await expect(failure).rejects.toThrow(HostAuthError);
    await expect(failure).rejects.toMatchObject({ code: expected });
  });

  it('falls back to the standalone host and says why when Office.js does not load', async () => {
    const reason = 'Outlook did not answer within 5 s (Office.js did not start).';
    const host = await connectOutlookTaskPane({
      window: fakeWindow({ href: taskPaneUrl }),
      config: {},
      loadOffice: () => Promise.reject(new OfficeLoadError(reason)),
    });
    expect({
      kind: host.kind,
      reason: host.fallbackReason,
      taskPane: host.outlookTaskPane,
    }).toEqual({
      kind: 'standalone',
      reason,
      taskPane: { status: 'unavailable', reason },
    });
    expect(host.devSignIn).toBeDefined();
  });
});

describe('detectHost with ?host=outlook', () => {
  it('connects to Outlook, framed or not, without touching the Teams SDK', async () => {
    const { office } = outlook();
    const sdk = new FakeTeamsSdk();
    const host = await detectHost({
      config: {},
      window: fakeWindow({ href: taskPaneUrl, framed: true }),
      sdk,
      loadOffice: () => Promise.resolve(office),
    });
    expect({ kind: host.kind, calls: sdk.calls }).toEqual({ kind: 'outlook', calls: [] });
  });

  it('never loads Office.js for the tab', async () => {
    const loadOffice = jest.fn(() => Promise.reject(new Error('must not load')));
    const host = await detectHost({
      config: {},
      window: fakeWindow({ href: 'https://northstar.test/?inTeams=1' }),
      loadOffice,
    });
    expect({ kind: host.kind, loads: loadOffice.mock.calls.length }).toEqual({
      kind: 'standalone',
      loads: 0,
    });
  });
});
