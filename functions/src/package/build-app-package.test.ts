import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import {
  buildAppPackage,
  MANIFEST_TEMPLATE_FILE,
  type BuildAppPackageOptions,
} from './build-app-package.js';
import { findRepoRoot } from './repo-root.js';

const appPackageDir = join(findRepoRoot(dirname(fileURLToPath(import.meta.url))), 'appPackage');
const APP_ID = '6f1c2c7e-3b7a-4f63-9a52-0d3c1e5b7a10';
const CLIENT_ID = '0b9e8a2d-4c1f-4e7b-8d6a-5f3e2c1b0a99';

let workDir: string;
let options: BuildAppPackageOptions;

beforeEach(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'northstar-package-'));
  options = {
    appId: APP_ID,
    appDomain: 'northstar.contoso.com',
    clientId: CLIENT_ID,
    outFile: join(workDir, 'out', 'northstar.zip'),
    templateDir: appPackageDir,
  };
});

afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** A copy of appPackage/ whose files can be broken one at a time. */
async function templateCopy(): Promise<string> {
  const dir = join(workDir, 'template');
  await mkdir(dir);
  for (const name of [MANIFEST_TEMPLATE_FILE, 'color.png', 'outline.png']) {
    await copyFile(join(appPackageDir, name), join(dir, name));
  }
  return dir;
}

describe('buildAppPackage', () => {
  it('zips exactly manifest.json and the two icons at the root', async () => {
    const result = await buildAppPackage(options);
    const entries = unzipSync(await readFile(result.outFile));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(entries['color.png']).toEqual(
      new Uint8Array(await readFile(join(appPackageDir, 'color.png'))),
    );
  });

  it('fills every placeholder in the zipped manifest', async () => {
    const result = await buildAppPackage(options);
    const text = strFromU8(unzipSync(await readFile(result.outFile))['manifest.json']!);
    const manifest = JSON.parse(text) as Record<string, unknown>;
    expect(text).not.toContain('${{');
    expect(manifest).toMatchObject({
      id: APP_ID,
      validDomains: ['northstar.contoso.com'],
      webApplicationInfo: { id: CLIENT_ID, resource: `api://northstar.contoso.com/${CLIENT_ID}` },
      staticTabs: expect.arrayContaining([
        expect.objectContaining({
          entityId: 'goals',
          contentUrl: 'https://northstar.contoso.com/?inTeams=1',
        }),
      ]) as unknown,
    });
    expect(result.manifest).toEqual(manifest);
  });

  it('gives the same bytes for the same inputs', async () => {
    const first = await readFile((await buildAppPackage(options)).outFile);
    const second = await readFile(
      (await buildAppPackage({ ...options, outFile: join(workDir, 'again.zip') })).outFile,
    );
    expect(second.equals(first)).toBe(true);
  });

  it.each([
    ['appDomain', 'https://northstar.contoso.com'],
    ['appDomain', 'northstar.contoso.com/tab'],
    ['appDomain', ''],
    ['appId', 'northstar'],
    ['appId', `${APP_ID}x`],
    ['clientId', '${{ENTRA_CLIENT_ID}}'],
  ])('rejects %s %j and writes nothing', async (field, value) => {
    await expect(buildAppPackage({ ...options, [field]: value })).rejects.toThrow(
      expect.objectContaining({
        problems: [expect.stringMatching(new RegExp(`^${field}: `))],
      }) as Error,
    );
    await expect(readFile(options.outFile)).rejects.toThrow(/ENOENT/);
  });

  it('rejects a template the schema refuses', async () => {
    const dir = await templateCopy();
    const template = JSON.parse(
      await readFile(join(dir, MANIFEST_TEMPLATE_FILE), 'utf8'),
    ) as Record<string, unknown>;
    await writeFile(
      join(dir, MANIFEST_TEMPLATE_FILE),
      JSON.stringify({ ...template, manifestVersion: '1.0' }),
    );
    await expect(buildAppPackage({ ...options, templateDir: dir })).rejects.toThrow(
      /manifest fails its schema[\s\S]*manifestVersion/,
    );
  });

  it('rejects an icon of the wrong size', async () => {
    const dir = await templateCopy();
    await copyFile(join(dir, 'outline.png'), join(dir, 'color.png'));
    await expect(buildAppPackage({ ...options, templateDir: dir })).rejects.toMatchObject({
      name: 'AppPackageError',
      problems: ['color.png: color icon must be 192x192; it is 32x32'],
    });
  });
});
