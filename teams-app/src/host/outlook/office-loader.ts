import { withTimeout } from '../with-timeout';
import type { OfficeApi } from './office-api';

/** Office.js must be loaded from Microsoft's CDN for add-ins in AppSource and admin deployment. */
export const officeJsUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** How long the task pane waits for Office.js to load and Outlook to answer. */
export const defaultOfficeTimeoutMs = 5000;

/** What the loader touches in the page (the real `document`, `history` and `window.Office`). */
export interface OfficePage {
  readonly document: Pick<Document, 'createElement' | 'head'>;
  readonly history: History;
  /** The global `Office` once Office.js has run, else undefined. */
  office(): OfficeApi | undefined;
}

/** Office.js did not load or Outlook did not answer; `message` says which, in plain words. */
export class OfficeLoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OfficeLoadError';
  }
}

/** The page as the browser has it. */
export function browserOfficePage(): OfficePage {
  return {
    document,
    history: window.history,
    office: () => (window as unknown as { Office?: OfficeApi }).Office,
  };
}

/**
 * Loads Office.js into the page (once; a page that already has `Office` reuses it), waits for
 * `Office.onReady()` and checks it runs in Outlook. Rejects with an {@link OfficeLoadError} when
 * the script cannot be downloaded, the page is not in Outlook, or all this takes longer than
 * `timeoutMs`, so the task pane can say so instead of waiting for ever.
 */
export async function loadOfficeJs(
  page: OfficePage = browserOfficePage(),
  timeoutMs: number = defaultOfficeTimeoutMs,
): Promise<OfficeApi> {
  const answer = await withTimeout(connect(page), timeoutMs);
  switch (answer.kind) {
    case 'done':
      return answer.value;
    case 'failed':
      throw answer.error instanceof OfficeLoadError
        ? answer.error
        : new OfficeLoadError(`Office.js failed to start (${describe(answer.error)}).`, {
            cause: answer.error,
          });
    case 'timed_out':
      throw new OfficeLoadError(
        `Outlook did not answer within ${String(timeoutMs / 1000)} s (Office.js did not start).`,
      );
  }
}

async function connect(page: OfficePage): Promise<OfficeApi> {
  const office = page.office() ?? (await injectOfficeJs(page));
  const info = await office.onReady();
  restoreHistory(page.history);
  if (info.host !== office.HostType.Outlook) {
    throw new OfficeLoadError('This page is open outside Outlook, so there is no meeting to fill.');
  }
  return office;
}

function injectOfficeJs(page: OfficePage): Promise<OfficeApi> {
  return new Promise((resolve, reject) => {
    const script = page.document.createElement('script');
    script.src = officeJsUrl;
    script.addEventListener('load', () => {
      restoreHistory(page.history);
      const office = page.office();
      if (office) resolve(office);
      else reject(new OfficeLoadError('Office.js loaded but did not define Office.'));
    });
    script.addEventListener('error', () => {
      reject(
        new OfficeLoadError(
          'Office.js could not be downloaded from appsforoffice.microsoft.com (offline, or blocked).',
        ),
      );
    });
    page.document.head.append(script);
  });
}

/**
 * Office.js sets `history.pushState` and `replaceState` to null
 * (https://github.com/OfficeDev/office-js/issues/429); removing its own properties brings the
 * browser's methods back from `History.prototype`.
 */
function restoreHistory(history: History): void {
  for (const name of ['pushState', 'replaceState'] as const) {
    if (Object.hasOwn(history, name)) Reflect.deleteProperty(history, name);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
