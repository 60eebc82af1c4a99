import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStaticFile } from './static-files.js';

const INDEX = '<!doctype html><title>Northstar</title>';
const APP_JS = 'console.info("app");';
const SECRET = 'TOP-SECRET-OUTSIDE-THE-ROOT';

/** `<tmp>/root` holds the built tab; `<tmp>/secret.txt` and `<tmp>/secret` sit beside it. */
async function makeSite(): Promise<{ base: string; root: string }> {
  const base = await mkdtemp(join(tmpdir(), 'northstar-static-'));
  const root = join(base, 'root');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), INDEX);
  await writeFile(join(root, 'assets', 'app-123.js'), APP_JS);
  await writeFile(join(root, 'assets', 'app-123.css'), 'body{}');
  await writeFile(join(root, 'favicon.ico'), 'ico');
  await writeFile(join(base, 'secret.txt'), SECRET);
  await writeFile(join(base, 'secret'), SECRET);
  return { base, root };
}

describe('readStaticFile', () => {
  let site: { base: string; root: string };
  beforeAll(async () => {
    site = await makeSite();
  });
  afterAll(async () => {
    await rm(site.base, { recursive: true, force: true });
  });

  const read = (path: string) => readStaticFile(site.root, path);

  it('serves index.html at / as HTML that is not cached for good', async () => {
    const file = await read('/');
    expect(file?.body.toString()).toBe(INDEX);
    expect(file?.contentType).toBe('text/html; charset=utf-8');
    expect(file?.immutable).toBe(false);
  });

  it.each<[string, string, RegExp]>([
    ['/assets/app-123.js', APP_JS, /^text\/javascript/],
    ['/assets/app-123.css', 'body{}', /^text\/css/],
  ])('serves %s as an immutable asset', async (path, body, type) => {
    const file = await read(path);
    expect(file?.body.toString()).toBe(body);
    expect(file?.contentType).toMatch(type);
    expect(file?.immutable).toBe(true);
  });

  it('serves a file outside assets/ as cacheable only with revalidation', async () => {
    expect(await read('/favicon.ico')).toMatchObject({
      contentType: 'image/x-icon',
      immutable: false,
    });
  });

  it.each([['/goals'], ['/goals/g-1/edit'], ['/assets/missing']])(
    'serves index.html for the client route %s',
    async (path) => {
      const file = await read(path);
      expect(file?.body.toString()).toBe(INDEX);
      expect(file?.immutable).toBe(false);
    },
  );

  it.each([['/missing.js'], ['/assets/app-999.js'], ['/index.htm']])(
    'finds nothing for the unknown file %s',
    async (path) => {
      expect(await read(path)).toBeNull();
    },
  );

  it.each([['/%E0%A4%A'], ['/assets/%'], ['/%zz.js']])(
    'finds nothing for the malformed escape %s',
    async (path) => {
      expect(await read(path)).toBeNull();
    },
  );

  it('can read the secret when it is inside the root, so the checks below can fail', async () => {
    const file = await readStaticFile(site.base, '/secret.txt');
    expect(file?.body.toString()).toBe(SECRET);
  });

  it.each([
    ['/../secret.txt'],
    ['/..%2fsecret.txt'],
    ['/..%2Fsecret.txt'],
    ['/%2e%2e/secret.txt'],
    ['/%2E%2E%2Fsecret.txt'],
    ['/assets/../../secret.txt'],
    ['/assets/%2e%2e/%2e%2e/secret.txt'],
    ['/..\\secret.txt'],
    ['/..%5csecret.txt'],
    ['\\..\\secret.txt'],
    ['/assets/..\\..\\secret.txt'],
    ['../secret.txt'],
    ['..%2fsecret.txt'],
    ['/../secret'],
    ['/%2e%2e/secret'],
    ['//../secret.txt'],
    ['/./../secret.txt'],
    ['/%00/../../secret.txt'],
  ])('never reads outside the root for %s', async (path) => {
    const file = await read(path);
    expect(file?.body.toString() ?? '').not.toContain(SECRET);
  });

  it('does not mark the HTML shell immutable when the root lies under a folder named assets', async () => {
    const base = await mkdtemp(join(tmpdir(), 'northstar-static-'));
    const root = join(base, 'assets', 'dist');
    await mkdir(root, { recursive: true });
    await writeFile(join(root, 'index.html'), INDEX);
    const file = await readStaticFile(root, '/');
    await rm(base, { recursive: true, force: true });
    expect(file?.body.toString()).toBe(INDEX);
    expect(file?.immutable).toBe(false);
  });
});
