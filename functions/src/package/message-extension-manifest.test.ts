// The manifest's message extension and activity types against the code that serves them: the
// bot's command registry and the notifier's activity table are the one source of the ids.
import { BOT_COMMANDS } from '../bot/command-registry.js';
import { buildAppPackage } from './build-app-package.js';
import { CLIENT_ID, createPackageWorkspace, type PackageWorkspace } from './package-workspace.js';
import { REMINDER_ACTIVITIES } from './reminder-activities.js';

const BOT_ID = '9a2b01fc-88c1-40e1-bf87-5079c8e35626';

interface ManifestCommand {
  id: string;
  type: string;
  context: string[];
  fetchTask?: boolean;
  parameters?: { name: string; title: string; description?: string }[];
}

interface BotManifest {
  bots: { botId: string; scopes: string[]; supportsFiles: boolean }[];
  composeExtensions: {
    botId: string;
    commands: ManifestCommand[];
    messageHandlers: { type: string; value: { domains: string[] } }[];
  }[];
  activities: { activityTypes: { type: string; description: string; templateText: string }[] };
  webApplicationInfo: { id: string };
}

let ws: PackageWorkspace;

beforeEach(async () => {
  ws = await createPackageWorkspace();
});

afterEach(() => ws.remove());

async function built(overrides: { appDomain?: string; botId?: string } = {}) {
  const result = await buildAppPackage({ ...ws.options, ...overrides });
  return result.manifest as unknown as BotManifest;
}

const commandsOf = (manifest: BotManifest) => manifest.composeExtensions[0]?.commands ?? [];

describe('the message extension in the manifest', () => {
  it('declares exactly the commands of the bot registry, each of its kind', async () => {
    const commands = commandsOf(await built());
    expect(commands.map((command) => command.id).sort()).toEqual(Object.keys(BOT_COMMANDS).sort());
    for (const command of commands) {
      expect([command.id, command.type]).toEqual([
        command.id,
        BOT_COMMANDS[command.id as keyof typeof BOT_COMMANDS].kind,
      ]);
    }
  });

  it('searches from compose and the command box with a described searchText', async () => {
    const search = commandsOf(await built()).find((command) => command.type === 'query');
    expect(search).toMatchObject({
      id: 'searchGoals',
      context: ['compose', 'commandBox'],
      parameters: [{ name: 'searchText', title: expect.any(String) as unknown }],
    });
    expect(search?.parameters?.[0]?.description).toMatch(/\w/);
  });

  it.each(['giveKudosToAuthor', 'saveAsEvidence'])(
    'offers %s on a message with a dialog fetched from the bot',
    async (id) => {
      const command = commandsOf(await built()).find((item) => item.id === id);
      expect(command).toMatchObject({ type: 'action', context: ['message'], fetchTask: true });
    },
  );

  it.each(['northstar.contoso.com', 'localhost:7071'])(
    'unfurls links on the app domain %s only',
    async (appDomain) => {
      const manifest = await built({ appDomain });
      expect(manifest.composeExtensions[0]?.messageHandlers).toEqual([
        { type: 'link', value: { domains: [appDomain] } },
      ]);
    },
  );

  it.each([
    ['BOT_APP_ID when given', BOT_ID, BOT_ID],
    ['the Entra client id without one', undefined, CLIENT_ID],
  ])('runs the bot and the extension as %s', async (_name, botId, expected) => {
    const manifest = await built(botId === undefined ? {} : { botId });
    expect(manifest.bots).toEqual([
      {
        botId: expected,
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: false,
        isNotificationOnly: false,
      },
    ]);
    expect(manifest.composeExtensions[0]?.botId).toBe(expected);
    expect(manifest.webApplicationInfo.id).toBe(CLIENT_ID);
  });

  it('refuses a bot id that is not a GUID and names it', async () => {
    await expect(built({ botId: 'northstar-bot' })).rejects.toMatchObject({
      problems: [expect.stringMatching(/^botId: /) as unknown],
    });
  });
});

describe('the activity feed types in the manifest', () => {
  it('declares one type per reminder kind and the digest', async () => {
    const types = (await built()).activities.activityTypes.map((activity) => activity.type);
    expect(types.sort()).toEqual(
      Object.values(REMINDER_ACTIVITIES)
        .map((activity) => activity.type)
        .sort(),
    );
  });

  it.each(Object.values(REMINDER_ACTIVITIES))(
    'gives $type a description and a template using exactly its parameters',
    async ({ type, parameters }) => {
      const manifest = await built();
      const declared = manifest.activities.activityTypes.find((activity) => activity.type === type);
      expect(declared?.description).toMatch(/\w/);
      const used = [...(declared?.templateText ?? '').matchAll(/\{(\w+)\}/g)].map(
        ([, name]) => name,
      );
      expect(used.sort()).toEqual([...parameters].sort());
    },
  );
});
