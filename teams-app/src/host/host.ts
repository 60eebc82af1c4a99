import type { OutlookTaskPane } from './outlook/appointment-port';

/** Where the tab runs. `standalone` is a plain browser tab (local dev sign-in). */
export type HostKind = 'teams' | 'outlook' | 'm365' | 'standalone';

/** The host's theme; `contrast` is Teams high contrast or the OS forced-colors mode. */
export type ThemeName = 'default' | 'dark' | 'contrast';

/** What the host asked us to open: a goal from a deep link (`subPageId` / entity id). */
export interface DeepLink {
  goalId?: string;
}

/**
 * Everything the app needs from its host. Only `teams-app/src/host/` implements this (it is the
 * only code touching teams-js, Office.js or MSAL); screens receive it through `HostContext`.
 */
export interface Host {
  readonly kind: HostKind;
  /** The theme now; `onThemeChange` reports later changes (Teams theme switch, OS setting). */
  readonly theme: ThemeName;
  onThemeChange(listener: (theme: ThemeName) => void): () => void;
  /** A bearer token for our API, or `null` when nobody is signed in (standalone only). */
  getToken(): Promise<string | null>;
  readonly deepLink: DeepLink;
  /**
   * Set only when the tab is framed but no host answered, so it fell back to standalone: why, in
   * plain words (for a notice or diagnostics; detection never writes to the console).
   */
  readonly fallbackReason?: string;
  /** Tell the host the first screen is showing (hides Teams' loading indicator). Idempotent. */
  notifySuccess(): void;
  /**
   * Set only when the page was opened as the Outlook add-in's task pane (`?host=outlook`):
   * the appointment being organized, or why Outlook could not be reached.
   */
  readonly outlookTaskPane?: OutlookTaskPane;
  /** Standalone dev mode only: sign in as a demo person with a dev token, or sign out. */
  readonly devSignIn?: {
    signIn(token: string): void;
    signOut(): void;
    onChange(listener: () => void): () => void;
  };
}
