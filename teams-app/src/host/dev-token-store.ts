/** The sessionStorage key holding the standalone dev token. */
export const devTokenKey = 'northstar.devToken';

/** Where the standalone host keeps the dev token: sessionStorage, or memory when it is blocked. */
export interface DevTokenStore {
  get(): string | null;
  set(token: string | null): void;
}

type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * A store over `storage()` under `devTokenKey`. Reading `window.sessionStorage` throws in
 * sandboxed or storage-blocked frames, hence a getter: then the token lives in memory for this
 * page only.
 */
export function createDevTokenStore(storage: () => TokenStorage): DevTokenStore {
  let memory: string | null = null;
  let blocked = false;
  function withStorage<T>(action: (s: TokenStorage) => T, fallback: T): T {
    if (blocked) return fallback;
    try {
      return action(storage());
    } catch {
      // SecurityError (storage blocked) or quota: keep working in memory for this page.
      blocked = true;
      return fallback;
    }
  }
  return {
    get: () => withStorage((s) => s.getItem(devTokenKey), null) ?? memory,
    set: (token) => {
      memory = token;
      withStorage((s) => {
        if (token === null) s.removeItem(devTokenKey);
        else s.setItem(devTokenKey, token);
      }, undefined);
    },
  };
}
