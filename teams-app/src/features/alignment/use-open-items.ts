import { useCallback, useState } from 'react';

/**
 * The open tree items: `defaults` until the reader opens or closes something. When `defaults`
 * changes (new data, a new search, another focus), the reader's choices give way to it.
 */
export function useOpenItems(
  defaults: ReadonlySet<string>,
): [ReadonlySet<string>, (next: ReadonlySet<string>) => void] {
  const [state, setState] = useState({ defaults, items: defaults });
  const items = state.defaults === defaults ? state.items : defaults;
  const setItems = useCallback(
    (next: ReadonlySet<string>) => setState({ defaults, items: next }),
    [defaults],
  );
  return [items, setItems];
}
