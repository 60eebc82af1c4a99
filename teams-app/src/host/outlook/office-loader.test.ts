import type { OfficeApi } from './office-api';
import { loadOfficeJs, officeJsUrl, OfficeLoadError, type OfficePage } from './office-loader';

/** An `Office` whose `onReady` answers `host` (or never, for `'never'`). */
function fakeOffice(host: string | null): OfficeApi {
  const ready =
    host === 'never'
      ? new Promise<never>(() => undefined)
      : Promise.resolve({ host, platform: 'OfficeOnline' });
  return { onReady: () => ready, HostType: { Outlook: 'Outlook' } } as unknown as OfficeApi;
}

/** The jsdom page, with `Office` defined only once the test says the script ran. */
function testPage(existing?: OfficeApi) {
  let office = existing;
  const page: OfficePage = { document, history: window.history, office: () => office };
  const script = () =>
    document.head.querySelector<HTMLScriptElement>(`script[src="${officeJsUrl}"]`);
  /** Runs "Office.js": defines Office (nulling the history methods, as it does), then `load`. */
  const runScript = (loaded: OfficeApi | undefined) => {
    Object.assign(window.history, { pushState: null, replaceState: null });
    office = loaded;
    script()?.dispatchEvent(new Event('load'));
  };
  return { page, script, runScript };
}

afterEach(() => {
  document.head.innerHTML = '';
  jest.useRealTimers();
});

describe('loadOfficeJs', () => {
  it('adds the Office.js script once and resolves with Office when Outlook is ready', async () => {
    const { page, script, runScript } = testPage();
    const office = fakeOffice('Outlook');
    const loading = loadOfficeJs(page, 1000);
    expect(script()).not.toBeNull();
    runScript(office);
    await expect(loading).resolves.toBe(office);
    expect(document.head.querySelectorAll('script')).toHaveLength(1);
  });

  it('gives the page its history methods back after Office.js nulled them', async () => {
    const { page, runScript } = testPage();
    const loading = loadOfficeJs(page, 1000);
    runScript(fakeOffice('Outlook'));
    await loading;
    expect(typeof window.history.pushState).toBe('function');
    expect(typeof window.history.replaceState).toBe('function');
  });

  it('reuses an Office already in the page without adding a script', async () => {
    const office = fakeOffice('Outlook');
    const { page, script } = testPage(office);
    await expect(loadOfficeJs(page, 1000)).resolves.toBe(office);
    expect(script()).toBeNull();
  });

  it.each([
    ['the script cannot be downloaded', 'error', undefined, /could not be downloaded/],
    ['the script defines no Office', 'load', undefined, /did not define Office/],
    ['the page is not in Outlook', 'load', fakeOffice(null), /open outside Outlook/],
  ])('rejects with a clear message when %s', async (_name, event, office, message) => {
    const { page, script, runScript } = testPage();
    const loading = loadOfficeJs(page, 1000);
    if (event === 'error') script()?.dispatchEvent(new Event('error'));
    else runScript(office);
    await expect(loading).rejects.toThrow(OfficeLoadError);
    await expect(loading).rejects.toThrow(message);
  });

  it('gives up exactly at the timeout when Outlook never answers', async () => {
    jest.useFakeTimers();
    const { page, runScript } = testPage();
    let failure: unknown = null;
    const loading = loadOfficeJs(page, 5000).catch((error: unknown) => (failure = error));
    runScript(fakeOffice('never'));
    await jest.advanceTimersByTimeAsync(4999);
    expect(failure).toBeNull();
    await jest.advanceTimersByTimeAsync(1);
    await loading;
    expect(failure).toEqual(
      new OfficeLoadError('Outlook did not answer within 5 s (Office.js did not start).'),
    );
  });
});
