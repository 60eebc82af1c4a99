import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { SignInPicker } from './features/start/SignInPicker';
import { StartPage } from './features/start/StartPage';

const TOKEN_KEY = 'northstar.devToken';

function usePrefersDark(): boolean {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** The minimal start page of the foundation: dev sign-in, then who I am and my goals. */
export function App() {
  const dark = usePrefersDark();
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const signIn = (next: string | null) => {
    if (next) sessionStorage.setItem(TOKEN_KEY, next);
    else sessionStorage.removeItem(TOKEN_KEY);
    setToken(next);
  };
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <main style={{ maxWidth: 880, margin: '0 auto', padding: 16 }}>
        {token ? (
          <StartPage token={token} onSignOut={() => signIn(null)} />
        ) : (
          <SignInPicker onSignedIn={signIn} />
        )}
      </main>
    </FluentProvider>
  );
}
