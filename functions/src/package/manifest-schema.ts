import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';

type ManifestSchema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

const SCHEMA_PACKAGE = '@microsoft/app-manifest';
const TEAMS_SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v1\.\d+|vDevPreview)\/MicrosoftTeams\.schema\.json$/;

/**
 * Loads the JSON schema `@microsoft/app-manifest` bundles for a Teams manifest `$schema` URL.
 * Throws for any other URL or a version the package does not ship: the build must never
 * fetch a schema over the network.
 */
export async function loadBundledSchema(schemaUrl: string): Promise<ManifestSchema> {
  const version = TEAMS_SCHEMA_URL.exec(schemaUrl)?.[1];
  if (version === undefined) {
    throw new Error(`$schema ${schemaUrl} is not a Teams manifest schema URL`);
  }
  const resolver = createRequire(import.meta.url);
  let file: string;
  try {
    file = resolver.resolve(
      `${SCHEMA_PACKAGE}/build/json-schemas/teams/${version}/MicrosoftTeams.schema.json`,
    );
  } catch (error) {
    throw new Error(`${SCHEMA_PACKAGE} has no bundled schema for manifest ${version}`, {
      cause: error,
    });
  }
  return JSON.parse(await readFile(file, 'utf8')) as ManifestSchema;
}

function schemaUrlOf(manifest: unknown): string | undefined {
  if (typeof manifest !== 'object' || manifest === null || !('$schema' in manifest))
    return undefined;
  return typeof manifest.$schema === 'string' ? manifest.$schema : undefined;
}

/**
 * Validates a manifest offline against the bundled schema its `$schema` names. Resolves to
 * the list of schema violations (empty when valid); rejects when the schema is not bundled.
 */
export async function validateManifest(manifest: unknown): Promise<string[]> {
  const schemaUrl = schemaUrlOf(manifest);
  if (schemaUrl === undefined) return ['manifest has no $schema string'];
  const schema = await loadBundledSchema(schemaUrl);
  // The cast only satisfies the library's signature: checking the shape is the point of the call.
  return AppManifestUtils.validateAgainstSchema(manifest as AppManifest, schema);
}
