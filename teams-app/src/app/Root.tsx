import { FluentProvider } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { ApiClient } from '../api/api-client';
import { SignIn } from '../features/sign-in/SignIn';
import type { Host } from '../host/host';
import { HostProvider, useHostTheme } from '../host/host-context';
import { fluentThemeFor } from '../host/fluent-theme';
import { Shell } from './Shell';

/** The whole tab for a host: theme, then sign-in (standalone dev mode) or the app. */
export function Root({ host }: { host: Host }) {
  return (
    <HostProvider host={host}>
      <Themed host={host} />
    </HostProvider>
  );
}

function Themed({ host }: { host: Host }) {
  const theme = useHostTheme();
  const signedIn = useSignedIn(host);
  const api = useMemo(() => new ApiClient(() => host.getToken()), [host]);
  // Native controls (the date pickers' icons, scroll bars) follow the theme, not the browser's.
  const colorScheme = theme === 'default' ? 'light' : 'dark';
  return (
    <FluentProvider
      theme={fluentThemeFor(theme, host.kind)}
      style={{ minHeight: '100vh', colorScheme }}
    >
      {signedIn ? <Shell key={signedIn} api={api} /> : <SignIn api={api} />}
    </FluentProvider>
  );
}

/**
 * Inside Teams or Outlook the host signs people in; standalone, a dev token does. The value
 * changes on every sign-in so the shell reloads for the new person.
 */
function useSignedIn(host: Host): string | null {
  const [token, setToken] = useState<string | null>(host.devSignIn ? null : 'host');
  useEffect(() => {
    const devSignIn = host.devSignIn;
    if (!devSignIn) return;
    const refresh = () => {
      void host.getToken().then(setToken);
    };
    refresh();
    return devSignIn.onChange(refresh);
  }, [host]);
  return token;
}
