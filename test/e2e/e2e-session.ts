import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBuiltHost, type BuiltHost } from '../support/built-host.js';
import { launchChromium } from '../support/chromium.js';

/** One browser and one built local host (fresh SQLite, seeded Contoso) for a spec file. */
export interface E2eSession {
  host: BuiltHost;
  browser: Browser;
  /** A new isolated browser tab (its own sessionStorage, so its own signed-in person). */
  newTab(options?: { width?: number; colorScheme?: 'light' | 'dark' }): Promise<Page>;
  close(): Promise<void>;
}

export async function startE2eSession(): Promise<E2eSession> {
  const host = await startBuiltHost();
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    host,
    browser,
    async newTab(options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1100, height: 900 },
        colorScheme: options.colorScheme ?? 'light',
      });
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${host.baseUrl}/`);
      return page;
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close()));
      await browser.close();
      await host.stop();
    },
  };
}

/** Where `shootOnFailure` saves its screenshots. */
export const SHOTS_DIR = '/tmp/e2e-shots';

/**
 * Runs one step of a journey; when it fails, saves a full-page screenshot of every page (named
 * `<step>-<who>.png` in `SHOTS_DIR`) before passing the failure on.
 */
export async function shootOnFailure(
  pages: Readonly<Record<string, Page>>,
  step: string,
  run: () => Promise<void>,
): Promise<void> {
  await run().catch(async (error: unknown) => {
    await mkdir(SHOTS_DIR, { recursive: true });
    const slug = step.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60);
    await Promise.all(
      Object.entries(pages).map(([who, page]) =>
        // A page that cannot be shot (closed, crashed) must not hide the step's own failure.
        page.screenshot({ path: join(SHOTS_DIR, `${slug}-${who}.png`), fullPage: true }).then(
          () => undefined,
          () => undefined,
        ),
      ),
    );
    throw error;
  });
}
