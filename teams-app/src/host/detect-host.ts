import type { HostConfig } from './host-config';
import type { Host } from './host';
import type { OfficeApi } from './outlook/office-api';
import { isOutlookTaskPaneUrl } from './outlook/task-pane-url';
import { createStandaloneHost, type StandaloneWindow } from './standalone-host';
import { createTeamsHost } from './teams-host';
import type { TeamsContext, TeamsSdk } from './teams-sdk';
import { withTimeout } from './with-timeout';

/** The window detection looks at (the real `window` fits). */
export interface HostWindow extends StandaloneWindow {
  readonly self: unknown;
  readonly top: unknown;
}

/** Inputs of `detectHost`. */
export interface DetectHostOptions {
  /** The page config for auth inside a host (see `HostConfig`). */
  config: HostConfig;
  /** Defaults to the global `window`. */
  window?: HostWindow;
  /** How long a framed page waits for the host's answer before going standalone. Default 3000. */
  initializeTimeoutMs?: number;
  /** Defaults to teams-js + MSAL, loaded only when the page is framed. Tests pass a fake. */
  sdk?: TeamsSdk;
  /** Outlook task pane only. Defaults to loading Office.js into the page. Tests pass a fake. */
  loadOffice?: () => Promise<OfficeApi>;
}

/** teams-js's own wait inside a non-Teams iframe is 60 s; users should not watch a spinner that long. */
export const defaultInitializeTimeoutMs = 3000;

/**
 * Finds out where the tab runs. A page opened as the Outlook add-in's task pane (`?host=outlook`,
 * framed or not) connects to Outlook through Office.js (see `connectOutlookTaskPane`). A top-level page is standalone at once (teams-js is not even
 * loaded). A framed page connects to the host (`app.initialize()` then `app.getContext()`) within
 * `initializeTimeoutMs`; when that fails or times out it is standalone, with `fallbackReason`
 * saying why (nothing is written to the console).
 */
export async function detectHost(options: DetectHostOptions): Promise<Host> {
  const win = options.window ?? window;
  if (isOutlookTaskPaneUrl(win.location.href)) {
    // Loaded on demand: only the task pane needs the Office.js code.
    const { connectOutlookTaskPane } = await import('./outlook/outlook-host');
    const { loadOffice } = options;
    return connectOutlookTaskPane({
      window: win,
      config: options.config,
      ...(loadOffice ? { loadOffice } : {}),
    });
  }
  if (win.self === win.top) return createStandaloneHost(win);
  const timeoutMs = options.initializeTimeoutMs ?? defaultInitializeTimeoutMs;
  const connection = await connect(options.sdk, timeoutMs);
  if (connection.kind === 'failed') {
    return createStandaloneHost(win, { fallbackReason: connection.reason });
  }
  return createTeamsHost({
    sdk: connection.sdk,
    context: connection.context,
    config: options.config,
  });
}

type Connection =
  { kind: 'connected'; sdk: TeamsSdk; context: TeamsContext } | { kind: 'failed'; reason: string };

async function connect(given: TeamsSdk | undefined, timeoutMs: number): Promise<Connection> {
  let sdk: TeamsSdk;
  try {
    sdk = given ?? (await loadTeamsJsSdk());
  } catch (error) {
    return { kind: 'failed', reason: `The Teams SDK could not load (${describe(error)}).` };
  }
  const answer = await withTimeout(handshake(sdk), timeoutMs);
  switch (answer.kind) {
    case 'done':
      return { kind: 'connected', sdk, context: answer.value };
    case 'failed':
      return { kind: 'failed', reason: `The host refused to connect (${describe(answer.error)}).` };
    case 'timed_out':
      return {
        kind: 'failed',
        reason: `No Teams, Outlook or Microsoft 365 host answered within ${timeoutMs} ms.`,
      };
  }
}

async function loadTeamsJsSdk(): Promise<TeamsSdk> {
  // Loaded on demand so a plain browser tab never downloads teams-js or MSAL.
  const { createTeamsJsSdk } = await import('./teams-js-sdk');
  return createTeamsJsSdk();
}

async function handshake(sdk: TeamsSdk): Promise<TeamsContext> {
  await sdk.initialize();
  return sdk.getContext();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
