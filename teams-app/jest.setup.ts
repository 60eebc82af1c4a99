import { configure } from '@testing-library/react';
import { toHaveNoViolations } from 'jest-axe';

expect.extend(toHaveNoViolations);

// On a loaded two-core CI machine a lazy dialog or screen can take longer than Testing
// Library's default 1 s to appear (seen in CI); a wait still ends as soon as it is there.
configure({ asyncUtilTimeout: 4000 });
jest.setTimeout(20_000);

// jsdom has neither fetch (teams-js and the API client need it at import time) nor matchMedia.
if (typeof globalThis.fetch !== 'function') {
  globalThis.fetch = () => Promise.reject(new Error('fetch is not faked in this test'));
}
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList;
}

// jsdom has no ResizeObserver; Fluent's MessageBar and charts observe their size.
if (typeof globalThis.ResizeObserver !== 'function') {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// jsdom has no canvas; charts measure text with one. A null context makes them fall back.
HTMLCanvasElement.prototype.getContext = () => null;
