import { copyFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import { buildAppPackage } from './build-app-package.js';
import { createPackageWorkspace, type PackageWorkspace } from './package-workspace.js';

/** The parts of the zipped manifest's Outlook add-in these tests read. */
const AddinSchema = z.object({
  authorization: z.object({
    permissions: z.object({ resourceSpecific: z.array(z.object({ name: z.string() })) }),
  }),
  extensions: z.tuple([
    z.object({
      requirements: z.object({ scopes: z.array(z.string()) }),
      runtimes: z.array(
        z.object({
          code: z.object({ page: z.string() }),
          actions: z.array(z.object({ id: z.string(), type: z.string() })),
        }),
      ),
      ribbons: z.array(
        z.object({
          contexts: z.array(z.string()),
          tabs: z.array(
            z.object({
              groups: z.array(
                z.object({
                  controls: z.array(z.object({ label: z.string(), actionId: z.string() })),
                }),
              ),
            }),
          ),
        }),
      ),
    }),
  ]),
});

let ws: PackageWorkspace;

beforeEach(async () => {
  ws = await createPackageWorkspace();
});

afterEach(() => ws.remove());

async function zippedAddin(outFile: string) {
  const text = strFromU8(unzipSync(await readFile(outFile))['manifest.json']!);
  return AddinSchema.parse(JSON.parse(text));
}

describe('the Outlook add-in in the app package', () => {
  it('puts a "Schedule review" button on meetings being organized that opens the task pane on the app domain', async () => {
    const addin = await zippedAddin((await buildAppPackage(ws.options)).outFile);
    const [extension] = addin.extensions;
    const [ribbon] = extension.ribbons;
    expect(ribbon?.contexts).toEqual(['meetingDetailsOrganizer']);
    const button = ribbon?.tabs[0]?.groups[0]?.controls[0];
    expect(button?.label).toBe('Schedule review');
    const runtime = extension.runtimes.find((r) =>
      r.actions.some((a) => a.id === button?.actionId),
    );
    expect(runtime?.actions.find((a) => a.id === button?.actionId)?.type).toBe('openPage');
    expect(runtime?.code.page).toBe('https://northstar.contoso.com/?host=outlook#/schedule');
    expect(new URL(runtime?.code.page ?? '').host).toBe(ws.options.appDomain);
  });

  it('asks for mail scope and write access to the appointment, which it fills in', async () => {
    const addin = await zippedAddin((await buildAppPackage(ws.options)).outFile);
    expect(addin.extensions[0].requirements.scopes).toEqual(['mail']);
    expect(addin.authorization.permissions.resourceSpecific).toEqual([
      expect.objectContaining({ name: 'MailboxItem.ReadWrite.User' }),
    ]);
  });

  it.each([
    [
      'a task pane page on another domain',
      (text: string) =>
        text.replace('https://${{APP_DOMAIN}}/?host=outlook', 'https://evil.example/?'),
      /task pane page https:\/\/evil\.example\/\S* is not on https:\/\/northstar\.contoso\.com\//,
    ],
    [
      'a ribbon icon over plain http',
      (text: string) =>
        text.replace(
          'https://${{APP_DOMAIN}}/outlook/schedule-16',
          'http://${{APP_DOMAIN}}/outlook/schedule-16',
        ),
      /ribbon icon http:\/\/northstar\.contoso\.com\/outlook\/schedule-16\.png is not on https/,
    ],
  ])('rejects %s and writes nothing', async (_name, edit, problem) => {
    const templateDir = await ws.editedTemplate(edit);
    await expect(buildAppPackage({ ...ws.options, templateDir })).rejects.toThrow(problem);
    await expect(readFile(ws.options.outFile)).rejects.toThrow(/ENOENT/);
  });

  it('rejects a ribbon icon file that is missing', async () => {
    const webRoot = await ws.webRootCopy();
    await rm(join(webRoot, 'outlook', 'schedule-32.png'));
    await expect(buildAppPackage({ ...ws.options, webRoot })).rejects.toMatchObject({
      problems: [`outlook/schedule-32.png: no such file in ${webRoot}`],
    });
  });

  it('rejects a ribbon icon of another size than its entry says', async () => {
    const webRoot = await ws.webRootCopy();
    await copyFile(
      join(webRoot, 'outlook', 'schedule-16.png'),
      join(webRoot, 'outlook', 'schedule-80.png'),
    );
    await expect(buildAppPackage({ ...ws.options, webRoot })).rejects.toMatchObject({
      problems: ['outlook/schedule-80.png: ribbon icon must be 80x80; it is 16x16'],
    });
  });
});
