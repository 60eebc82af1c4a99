import {
  createContext,
  useCallback,
  useContext,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Host, ThemeName } from './host';
import type { AppointmentPort, OutlookTaskPane } from './outlook/appointment-port';

/** The app's `Host`; `null` until a `HostProvider` supplies one. */
export const HostContext = createContext<Host | null>(null);

/** Makes `host` available to every screen below (`useHost`, `useHostTheme`). */
export function HostProvider({ host, children }: { host: Host; children?: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

/** The `Host` from the nearest `HostProvider`; throws if there is none. */
export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) {
    throw new Error(
      'useHost() found no host: render this component inside <HostProvider host={...}> ' +
        '(in tests, pass a FakeHost).',
    );
  }
  return host;
}

/** The host's current theme; the component re-renders when it changes. */
export function useHostTheme(): ThemeName {
  const host = useHost();
  const subscribe = useCallback((onChange: () => void) => host.onThemeChange(onChange), [host]);
  return useSyncExternalStore(subscribe, () => host.theme);
}

/**
 * The Outlook task pane the page was opened as, or `null` anywhere else (and where no
 * `HostProvider` is, e.g. a screen rendered on its own in a test).
 */
export function useOutlookTaskPane(): OutlookTaskPane | null {
  return useContext(HostContext)?.outlookTaskPane ?? null;
}

/** The appointment being organized in Outlook's task pane; `null` outside it. */
export function useAppointment(): AppointmentPort | null {
  const taskPane = useOutlookTaskPane();
  return taskPane?.status === 'connected' ? taskPane.appointment : null;
}
