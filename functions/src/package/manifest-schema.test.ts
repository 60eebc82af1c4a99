import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillPlaceholders } from './manifest-template.js';
import { loadBundledSchema, validateManifest } from './manifest-schema.js';
import { findRepoRoot } from './repo-root.js';

const templateFile = join(
  findRepoRoot(dirname(fileURLToPath(import.meta.url))),
  'appPackage',
  'manifest.template.json',
);

function filledManifest(): Record<string, unknown> {
  const template = JSON.parse(readFileSync(templateFile, 'utf8')) as unknown;
  return fillPlaceholders(template, {
    TEAMS_APP_ID: '6f1c2c7e-3b7a-4f63-9a52-0d3c1e5b7a10',
    APP_DOMAIN: 'northstar.contoso.com',
    ENTRA_CLIENT_ID: '0b9e8a2d-4c1f-4e7b-8d6a-5f3e2c1b0a99',
    BOT_APP_ID: '9a2b01fc-88c1-40e1-bf87-5079c8e35626',
  }) as Record<string, unknown>;
}

/**
 * The manifest with the value at `path` inside its Outlook add-in entry replaced (or deleted,
 * for `undefined`), on a copy.
 */
const withAddin =
  (path: (string | number)[], value: unknown) =>
  (manifest: Record<string, unknown>): Record<string, unknown> => {
    const copy = structuredClone(manifest);
    const keys = ['extensions', 0, ...path];
    const last = keys.pop()!;
    const parent = keys.reduce<unknown>(
      (node, key) => (node as Record<string | number, unknown>)[key],
      copy,
    ) as Record<string | number, unknown>;
    if (value === undefined) Reflect.deleteProperty(parent, last);
    else parent[last] = value;
    return copy;
  };
const button = ['ribbons', 0, 'tabs', 0, 'groups', 0, 'controls', 0];

const withoutKey = (key: string) => (manifest: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(manifest).filter(([name]) => name !== key));

describe('validateManifest', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('accepts the filled template without touching the network', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('network used'));
    await expect(validateManifest(filledManifest())).resolves.toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each([
    ['without a name', withoutKey('name'), /must have required property 'name'/],
    [
      'with another manifestVersion',
      (m: Record<string, unknown>) => ({ ...m, manifestVersion: '1.29' }),
      /\/manifestVersion/,
    ],
    [
      'with a non-GUID id',
      (m: Record<string, unknown>) => ({ ...m, id: 'northstar' }),
      /\/id must match pattern/,
    ],
    [
      'with a bad accentColor',
      (m: Record<string, unknown>) => ({ ...m, accentColor: 'blue' }),
      /\/accentColor/,
    ],
    [
      'with an unknown property',
      (m: Record<string, unknown>) => ({ ...m, colour: 'x' }),
      /additional properties/,
    ],
    [
      'with a short description over 80 characters',
      (m: Record<string, unknown>) => ({ ...m, description: { short: 'x'.repeat(81), full: 'x' } }),
      /\/description\/short/,
    ],
    [
      'with an Outlook ribbon context that does not exist',
      withAddin(['ribbons', 0, 'contexts'], ['meetingDetailsOrganiser']),
      /\/extensions\/0\/ribbons\/0\/contexts\/0 must be equal to one of the allowed values/,
    ],
    [
      'with a ribbon button that has no tooltip',
      withAddin([...button, 'supertip'], undefined),
      /must have required property 'supertip'/,
    ],
    [
      'with a ribbon icon size Outlook does not know',
      withAddin([...button, 'icons', 0, 'size'], 17),
      /\/icons\/0\/size must be equal to one of the allowed values/,
    ],
    [
      'with a task pane page over plain http',
      withAddin(['runtimes', 0, 'code', 'page'], 'http://northstar.contoso.com/'),
      /\/extensions\/0\/runtimes\/0\/code\/page must match pattern/,
    ],
    [
      'with link domains outside the handler value',
      (m: Record<string, unknown>) => ({
        ...m,
        composeExtensions: [{ messageHandlers: [{ type: 'link', domains: ['x.com'] }] }],
      }),
      /\/composeExtensions\/0\/messageHandlers\/0 must have required property 'value'/,
    ],
    [
      'with an activity type without a template',
      (m: Record<string, unknown>) => ({
        ...m,
        activities: { activityTypes: [{ type: 'goalStale', description: 'x' }] },
      }),
      /must have required property 'templateText'/,
    ],
  ])('rejects the manifest %s', async (_name, breakIt, problem) => {
    const problems = await validateManifest(breakIt(filledManifest()));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it('reports a manifest without $schema', async () => {
    await expect(validateManifest(withoutKey('$schema')(filledManifest()))).resolves.toEqual([
      'manifest has no $schema string',
    ]);
  });
});

describe('loadBundledSchema', () => {
  it('loads the schema of the version it names', async () => {
    const schema = await loadBundledSchema(
      'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
    );
    expect(schema.properties).toHaveProperty('manifestVersion.const', '1.30');
  });

  it.each([
    [
      'a version the package does not ship',
      'https://developer.microsoft.com/json-schemas/teams/v1.99/MicrosoftTeams.schema.json',
      /no bundled schema for manifest v1\.99/,
    ],
    [
      'another host',
      'https://example.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
      /not a Teams manifest schema URL/,
    ],
  ])('refuses %s rather than fetching it', async (_name, url, message) => {
    await expect(loadBundledSchema(url)).rejects.toThrow(message);
  });
});
