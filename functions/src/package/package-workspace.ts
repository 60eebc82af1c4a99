import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_TEMPLATE_FILE, type BuildAppPackageOptions } from './build-app-package.js';
import { findRepoRoot } from './repo-root.js';

const repoRoot = findRepoRoot(dirname(fileURLToPath(import.meta.url)));

/** The committed app package folder (manifest template and icons). */
export const appPackageDir = join(repoRoot, 'appPackage');
/** The tab's static folder, holding the Outlook ribbon icons. */
export const webRoot = join(repoRoot, 'teams-app', 'public');
/** A Teams app id for test packages. */
export const APP_ID = '6f1c2c7e-3b7a-4f63-9a52-0d3c1e5b7a10';
/** An Entra client id for test packages. */
export const CLIENT_ID = '0b9e8a2d-4c1f-4e7b-8d6a-5f3e2c1b0a99';

/** A scratch folder per test for package builds, with copies of the inputs to break. */
export interface PackageWorkspace {
  readonly dir: string;
  /** Options that build a valid package into `dir/out/northstar.zip`. */
  readonly options: BuildAppPackageOptions;
  /** A copy of appPackage/ whose files can be broken one at a time. */
  templateCopy(): Promise<string>;
  /** A copy of appPackage/ whose manifest template text is changed by `edit`. */
  editedTemplate(edit: (text: string) => string): Promise<string>;
  /** A copy of teams-app/public/ whose ribbon icons can be broken one at a time. */
  webRootCopy(): Promise<string>;
  /** Deletes `dir` and everything in it. */
  remove(): Promise<void>;
}

/** Tests only: a fresh {@link PackageWorkspace} in a new temporary folder. */
export async function createPackageWorkspace(): Promise<PackageWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), 'northstar-package-'));
  const templateCopy = async () => {
    const copy = join(dir, 'template');
    await mkdir(copy, { recursive: true });
    for (const name of [MANIFEST_TEMPLATE_FILE, 'color.png', 'outline.png']) {
      await copyFile(join(appPackageDir, name), join(copy, name));
    }
    return copy;
  };
  return {
    dir,
    options: {
      appId: APP_ID,
      appDomain: 'northstar.contoso.com',
      clientId: CLIENT_ID,
      outFile: join(dir, 'out', 'northstar.zip'),
      templateDir: appPackageDir,
      webRoot,
    },
    templateCopy,
    editedTemplate: async (edit) => {
      const copy = await templateCopy();
      const file = join(copy, MANIFEST_TEMPLATE_FILE);
      await writeFile(file, edit(await readFile(file, 'utf8')));
      return copy;
    },
    webRootCopy: async () => {
      const copy = join(dir, 'public');
      await cp(webRoot, copy, { recursive: true });
      return copy;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
