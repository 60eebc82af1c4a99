import type { CDPSession } from 'playwright-core';

/** How a page load got its scripts: from the browser's HTTP cache or over the network. */
export interface ScriptLoads {
  fromCache: number;
  fromNetwork: number;
}

/** Counts the scripts of one load at a time, through the Chrome DevTools Protocol. */
export interface ScriptCacheCounter {
  /** The counts since the last `take()` (or since the start), and starts counting afresh. */
  take(): ScriptLoads;
}

/**
 * Watches a page's network through `cdp` (Network domain): a script is from the cache when
 * Chromium says so (`requestServedFromCache`, or a response `fromDiskCache`).
 */
export async function countScriptLoads(cdp: CDPSession): Promise<ScriptCacheCounter> {
  let scripts = new Set<string>();
  let cached = new Set<string>();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.type === 'Script') scripts.add(event.requestId);
  });
  cdp.on('Network.requestServedFromCache', (event) => {
    cached.add(event.requestId);
  });
  cdp.on('Network.responseReceived', (event) => {
    if (event.response.fromDiskCache) cached.add(event.requestId);
  });
  await cdp.send('Network.enable');
  return {
    take() {
      const fromCache = [...scripts].filter((id) => cached.has(id)).length;
      const loads = { fromCache, fromNetwork: scripts.size - fromCache };
      scripts = new Set();
      cached = new Set();
      return loads;
    },
  };
}
