import fc from 'fast-check';
import { CALLER_IDS } from './callers.js';
import { activity, cardActionActivity, searchActivity, unfurlActivity } from './bot-activities.js';
import { startTestHost, type TestHost } from './harness.js';
import { hugeString } from './hostile-values.js';

const OWNER = CALLER_IDS.owner;
const NUM_RUNS = 40;
const TIMEOUT_MS = 60_000;
type Json = Record<string, any>;

/** Any JSON value, hostile strings and keys included. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hugeString.map((text) => JSON.parse(text) as unknown),
  fc.constantFrom(null, [], {}, { constructor: 1 }, { commandId: 'searchGoals', parameters: {} }),
);

/** What every answer must look like for the invoke, whatever its value: never a 5xx. */
const SHAPES: readonly [string, () => Json, (answer: any) => void][] = [
  [
    'composeExtension/query',
    () => searchActivity(OWNER, 'goal'),
    (a) => expect(['result', 'message']).toContain(a.composeExtension.type),
  ],
  [
    'composeExtension/queryLink',
    () => unfurlActivity(OWNER, 'https://x'),
    (a) => expect(['result', 'message']).toContain(a.composeExtension.type),
  ],
  [
    'composeExtension/fetchTask',
    () => activity('fetch-task.request.json', { from: OWNER }),
    (a) => expect(a.task.type).toBe('message'),
  ],
  [
    'adaptiveCard/action',
    () => cardActionActivity(OWNER, 'checkIn', {}),
    (a) => expect(a.statusCode).toBeLessThan(500),
  ],
];

describe('fuzzed invoke values on /api/messages', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.close());

  const post = (body: Json) => host.call('POST', '/api/messages', { body });

  it.each(SHAPES)(
    '%s answers any value in its own shape, never a 5xx',
    async (_name, base, expectShape) => {
      await fc.assert(
        fc.asyncProperty(anyValue, async (value) => {
          const res = await post({ ...base(), value });
          expect(res.status).toBe(200);
          expectShape(res.body);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it.each([['checkIn'], ['giveKudos'], ['refreshGoal']])(
    'the card verb %s answers any data with a card or an error, never a 5xx',
    async (verb) => {
      await fc.assert(
        fc.asyncProperty(anyValue, async (data) => {
          const res = await post(cardActionActivity(OWNER, verb, data as Json));
          expect(res.status).toBe(200);
          expect(res.body.statusCode).toBeLessThan(500);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
