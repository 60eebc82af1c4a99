import { useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: unknown }
  | { status: 'ready'; data: T; error?: undefined };

export interface ResourceHandle<T> {
  state: Resource<T>;
  /** Loads again (after an error, or to refresh). */
  reload: () => void;
  /** Replaces the data in place, e.g. for an optimistic update or its rollback. */
  setData: (update: (current: T) => T) => void;
}

/**
 * Loads data for a screen and keeps loading / error / ready apart. A load that a newer one
 * replaced never overwrites it.
 */
export function useResource<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
): ResourceHandle<T> {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names the deps.
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    const ticket = ++latest.current;
    setState({ status: 'loading' });
    stableLoad().then(
      (data) => {
        if (ticket === latest.current) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState({ status: 'error', error });
      },
    );
  }, [stableLoad, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const setData = useCallback((update: (current: T) => T) => {
    setState((current) =>
      current.status === 'ready' ? { status: 'ready', data: update(current.data) } : current,
    );
  }, []);
  return { state, reload, setData };
}
