import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildAppPackage, MANIFEST_TEMPLATE_FILE } from './build-app-package.js';
import {
  APP_ID,
  appPackageDir,
  CLIENT_ID,
  createPackageWorkspace,
  type PackageWorkspace,
} from './package-workspace.js';

let ws: PackageWorkspace;
let options: PackageWorkspace['options'];

beforeEach(async () => {
  ws = await createPackageWorkspace();
  options = ws.options;
});

afterEach(() => ws.remove());

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
      (await buildAppPackage({ ...options, outFile: join(ws.dir, 'again.zip') })).outFile,
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
    const dir = await ws.templateCopy();
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
    const dir = await ws.templateCopy();
    await copyFile(join(dir, 'outline.png'), join(dir, 'color.png'));
    await expect(buildAppPackage({ ...options, templateDir: dir })).rejects.toMatchObject({
      name: 'AppPackageError',
      problems: ['color.png: color icon must be 192x192; it is 32x32'],
    });
  });
});
