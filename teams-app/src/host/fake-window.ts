import type { HostWindow } from './detect-host';
import type { MediaQueryWatch } from './standalone-host';

/** A media query whose `matches` a test flips with `set`, firing `change` like a browser. */
export class FakeMediaQuery implements MediaQueryWatch {
  readonly #listeners: (() => void)[] = [];

  constructor(
    readonly media: string,
    public matches = false,
  ) {}

  addEventListener(_type: 'change', listener: () => void): void {
    this.#listeners.push(listener);
  }

  set(matches: boolean): void {
    if (matches === this.matches) return;
    this.matches = matches;
    for (const listener of this.#listeners) listener();
  }
}

/** A `Storage` subset in memory. */
export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => items.set(key, value),
    removeItem: (key) => items.delete(key),
  };
}

/** How a `fakeWindow` starts. */
export interface FakeWindowOptions {
  href?: string;
  dark?: boolean;
  forcedColors?: boolean;
  /** In an iframe (`self !== top`). Default false: a top-level page. */
  framed?: boolean;
  /** Default in memory; `'blocked'` makes reading `sessionStorage` throw, as sandboxed frames do. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | 'blocked';
}

/** A `HostWindow` for tests, with the media queries it handed out in `media`. */
export function fakeWindow(options: FakeWindowOptions = {}) {
  const media = new Map<string, FakeMediaQuery>();
  const storage = options.storage ?? memoryStorage();
  const win: HostWindow & { media: Map<string, FakeMediaQuery> } = {
    media,
    location: { href: options.href ?? 'https://northstar.test/' },
    get sessionStorage() {
      if (storage === 'blocked') throw new DOMException('Access is denied', 'SecurityError');
      return storage;
    },
    matchMedia(query) {
      const initial = query.includes('forced-colors') ? options.forcedColors : options.dark;
      const existing = media.get(query) ?? new FakeMediaQuery(query, initial ?? false);
      media.set(query, existing);
      return existing;
    },
    self: 'this-frame',
    top: options.framed ? 'the-host-page' : 'this-frame',
  };
  return win;
}
