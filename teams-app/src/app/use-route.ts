import { useCallback, useEffect, useState } from 'react';
import { hashOf, parseRoute, type AppRoute } from './routes';

/**
 * The current route, following hash changes; `navigate` pushes a new one. A host deep link to a
 * goal (Teams `subPageId`) opens that goal when the URL names no screen of its own.
 */
export function useRoute(deepLinkGoalId?: string): [AppRoute, (route: AppRoute) => void] {
  const [route, setRoute] = useState<AppRoute>(() =>
    window.location.hash.replace(/^#/, '') === '' && deepLinkGoalId
      ? { screen: 'goal', goalId: deepLinkGoalId }
      : parseRoute(window.location.hash),
  );
  useEffect(() => {
    // Put a deep-linked route in the URL too, so Back and a reload keep it.
    if (window.location.hash.replace(/^#/, '') === '')
      window.history.replaceState(null, '', hashOf(route));
    // Runs once on mount, with the first route.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
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
