import { useCallback, useState } from 'react';

interface State {
  scope: readonly unknown[];
  defaults: ReadonlySet<string>;
  items: ReadonlySet<string>;
}

const sameScope = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

/**
 * The open tree items: `defaults` until the reader opens or closes something. When `scope`
 * changes (new data, a new search, another focus), the reader's choices give way to `defaults`.
 * When only `defaults` change (more goals loaded), the reader's choices stay and the items that
 * became open by default are added.
 */
export function useOpenItems(
  defaults: ReadonlySet<string>,
  scope: readonly unknown[],
): [ReadonlySet<string>, (next: ReadonlySet<string>) => void] {
  const [stored, setState] = useState<State>({ scope, defaults, items: defaults });
  let state = stored;
  if (!sameScope(stored.scope, scope)) state = { scope, defaults, items: defaults };
  else if (stored.defaults !== defaults) {
    const added = [...defaults].filter((key) => !stored.defaults.has(key));
    state = { scope, defaults, items: new Set([...stored.items, ...added]) };
  }
  // Remembering what was seen last (React's "adjusting state while rendering").
  if (state !== stored) setState(state);
  const setItems = useCallback(
    (next: ReadonlySet<string>) => setState((prev) => ({ ...prev, items: next })),
    [],
  );
  return [state.items, setItems];
}
