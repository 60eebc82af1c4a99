import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { TeamsManifest } from '@microsoft/app-manifest';
import { strToU8, zipSync } from 'fflate';
import { z } from 'zod';
import { inspectAddin } from './addin-extension.js';
import { AppPackageError } from './app-package-error.js';
import { checkIcon, checkRibbonIcon, type IconKind } from './icon-checks.js';
import { fillPlaceholders } from './manifest-template.js';
import { validateManifest } from './manifest-schema.js';
import { PackageInputsSchema, type PackageInputs } from './package-inputs.js';

/** The template's file name inside `templateDir`. */
export const MANIFEST_TEMPLATE_FILE = 'manifest.template.json';

/** A fixed entry time, so the same inputs always give the same zip bytes. */
const ZIP_ENTRY_TIME = new Date(2026, 0, 1);

/** Icons sit beside the manifest at the zip root, so their paths must be bare file names. */
const IconFileSchema = z
  .string()
  .regex(/^[\w.-]+\.png$/, 'must be a .png file name without folders');
const ManifestIconsSchema = z.object({
  icons: z.object({ color: IconFileSchema, outline: IconFileSchema }),
});

/** What {@link buildAppPackage} needs. */
export interface BuildAppPackageOptions {
  /** The Teams app id (a GUID), the manifest's `id`. */
  appId: string;
  /** The bare host serving the tab, e.g. `northstar.contoso.com`. */
  appDomain: string;
  /** The Entra app registration's client id (a GUID). */
  clientId: string;
  /**
   * The bot's Microsoft App ID (a GUID, `BOT_APP_ID`) for `bots` and `composeExtensions`;
   * `clientId` when left out, for one app registration serving both the API and the bot.
   */
  botId?: string | undefined;
  /** Where to write the zip; parent folders are created. */
  outFile: string;
  /** The folder holding `manifest.template.json` and the icons it names. */
  templateDir: string;
  /**
   * The folder the tab's host serves at `/` unchanged (`teams-app/public`): the Outlook ribbon
   * icons are URLs on the app's domain, so their files live there, not in the zip.
   */
  webRoot: string;
}

/** The package written by {@link buildAppPackage}. */
export interface AppPackage {
  /** Absolute path of the zip. */
  outFile: string;
  /** The filled manifest, as zipped (schema-valid). */
  manifest: TeamsManifest;
}

function parseInputs(options: BuildAppPackageOptions): PackageInputs {
  const parsed = PackageInputsSchema.safeParse(options);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new AppPackageError('invalid app package options', problems);
  }
  return parsed.data;
}

async function fillManifest(templateDir: string, inputs: PackageInputs): Promise<TeamsManifest> {
  const template = JSON.parse(
    await readFile(join(templateDir, MANIFEST_TEMPLATE_FILE), 'utf8'),
  ) as unknown;
  const manifest = fillPlaceholders(template, {
    TEAMS_APP_ID: inputs.appId,
    APP_DOMAIN: inputs.appDomain,
    ENTRA_CLIENT_ID: inputs.clientId,
    BOT_APP_ID: inputs.botId ?? inputs.clientId,
  });
  const problems = await validateManifest(manifest);
  if (problems.length > 0) throw new AppPackageError('manifest fails its schema', problems);
  // Safe: the bundled schema has just accepted it.
  return manifest as TeamsManifest;
}

async function readIcons(
  templateDir: string,
  manifest: TeamsManifest,
): Promise<Record<string, Uint8Array>> {
  const icons = ManifestIconsSchema.safeParse(manifest);
  if (!icons.success) {
    throw new AppPackageError(
      'manifest icons',
      icons.error.issues.map((issue) => issue.message),
    );
  }
  const files: Record<string, Uint8Array> = {};
  const problems: string[] = [];
  for (const kind of ['color', 'outline'] satisfies IconKind[]) {
    const name = icons.data.icons[kind];
    const bytes = await readFile(join(templateDir, name));
    problems.push(...checkIcon(kind, bytes).map((problem) => `${name}: ${problem}`));
    files[name] = bytes;
  }
  if (problems.length > 0) throw new AppPackageError('icons are not what Teams accepts', problems);
  return files;
}

/** The Outlook add-in's pages and icons are on the app's domain, and each icon file fits. */
async function checkAddin(manifest: TeamsManifest, appDomain: string, webRoot: string) {
  const { icons, problems } = inspectAddin(manifest, appDomain);
  for (const icon of icons) {
    const bytes = await readFile(join(webRoot, icon.path)).catch(() => null);
    const found =
      bytes === null ? [`no such file in ${webRoot}`] : checkRibbonIcon(icon.size, bytes);
    problems.push(...found.map((problem) => `${icon.path}: ${problem}`));
  }
  if (problems.length > 0) throw new AppPackageError('the Outlook add-in is not valid', problems);
}

/**
 * Builds the Teams app package: fills the template's placeholders, validates the manifest
 * offline against its bundled schema, checks the icons (the Outlook ribbon's ones in `webRoot`)
 * and that the Outlook add-in's URLs are on the app's domain, and zips `manifest.json` and the two
 * icons at the zip root. Rejects with an {@link AppPackageError} listing every problem.
 */
export async function buildAppPackage(options: BuildAppPackageOptions): Promise<AppPackage> {
  const inputs = parseInputs(options);
  const manifest = await fillManifest(options.templateDir, inputs);
  const icons = await readIcons(options.templateDir, manifest);
  await checkAddin(manifest, inputs.appDomain, options.webRoot);
  const zip = zipSync(
    { 'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`), ...icons },
    { level: 9, mtime: ZIP_ENTRY_TIME },
  );
  const outFile = resolve(options.outFile);
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, zip);
  return { outFile, manifest };
}
