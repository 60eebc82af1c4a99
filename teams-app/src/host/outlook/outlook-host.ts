import type { HostConfig } from '../host-config';
import type { Host } from '../host';
import { createStandaloneHost, type StandaloneWindow } from '../standalone-host';
import type { OutlookTaskPane } from './appointment-port';
import type { OfficeApi } from './office-api';
import { createOfficeAppointment } from './office-appointment';
import { officeTokenSource, type CreateNestedAuth } from './office-auth';
import { loadOfficeJs } from './office-loader';

/** Inputs of {@link connectOutlookTaskPane}. */
export interface OutlookTaskPaneOptions {
  window: StandaloneWindow;
  config: HostConfig;
  /** Default: loads Office.js into the page and waits for Outlook (`loadOfficeJs`). */
  loadOffice?: () => Promise<OfficeApi>;
  /** Default: MSAL's nestable client, loaded on first use. */
  createNestedAuth?: CreateNestedAuth;
}

/**
 * The host of the Outlook add-in's task pane. With Office.js ready it is an `outlook` host
 * whose `outlookTaskPane` holds the appointment being organized and whose tokens come from
 * Outlook; the theme follows the OS (as standalone: Outlook gives task panes no theme event).
 * When Office.js cannot load or Outlook does not answer in time it falls back to the standalone
 * host, with the reason in both `fallbackReason` and `outlookTaskPane`, so the screen says why
 * rather than waiting.
 */
export async function connectOutlookTaskPane(options: OutlookTaskPaneOptions): Promise<Host> {
  let office: OfficeApi;
  try {
    office = await (options.loadOffice ?? (() => loadOfficeJs()))();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const fallback = createStandaloneHost(options.window, { fallbackReason: reason });
    return taskPaneHost(fallback, { status: 'unavailable', reason });
  }
  const themed = createStandaloneHost(options.window);
  const appointment = createOfficeAppointment(office);
  return taskPaneHost(
    themed,
    { status: 'connected', appointment },
    {
      getToken: officeTokenSource(office, options.config, options.createNestedAuth),
    },
  );
}

/**
 * `base` with the task pane added; `signedIn` replaces the dev sign-in with Outlook's tokens.
 * Delegates rather than spreads, so `theme` stays live.
 */
function taskPaneHost(
  base: Host,
  outlookTaskPane: OutlookTaskPane,
  signedIn?: { getToken: () => Promise<string> },
): Host {
  return {
    kind: signedIn ? 'outlook' : base.kind,
    get theme() {
      return base.theme;
    },
    onThemeChange: (listener) => base.onThemeChange(listener),
    getToken: signedIn?.getToken ?? (() => base.getToken()),
    deepLink: base.deepLink,
    fallbackReason: base.fallbackReason,
    notifySuccess: () => {
      // Outlook has no load signal for task panes; the standalone one does nothing either.
      base.notifySuccess();
    },
    devSignIn: signedIn ? undefined : base.devSignIn,
    outlookTaskPane,
  };
}
