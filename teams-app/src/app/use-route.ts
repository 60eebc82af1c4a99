import { useCallback, useEffect, useState } from 'react';
import { hashOf, parseRoute, type AppRoute } from './routes';

/** The current route, following hash changes; `navigate` pushes a new one. */
export function useRoute(): [AppRoute, (route: AppRoute) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: AppRoute) => {
    window.location.hash = hashOf(next);
    setRoute(next);
  }, []);
  return [route, navigate];
}
