import fc from 'fast-check';
import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import { strayKey } from './hostile-bodies.js';
import { FUZZ_TIMEOUT_MS, describeBodyFuzz, type FuzzedRoute } from './hostile-fuzz.js';
import { anyText, badIdText, badLimit, enc } from './hostile-query.js';
import { allKudos } from './kudos-fixtures.js';
import { expectFieldProblem, expectProblem } from './problem-assertions.js';
import { giveKudosSpec } from './route-body-specs-kudos.js';

interface Ctx {
  host: TestHost;
  manager: string;
}

async function setup(): Promise<Ctx> {
  const host = await startTestHost();
  return { host, manager: await host.signIn(DEMO_MANAGER_ID) };
}

const ROUTES: FuzzedRoute<Ctx>[] = [
  {
    name: 'POST /api/kudos',
    method: 'POST',
    spec: giveKudosSpec,
    successStatus: 201,
    numRuns: 60,
    target: (ctx) =>
      Promise.resolve({
        path: '/api/kudos',
        token: ctx.manager,
        // A refused body stores no kudos for anyone it could have named.
        state: async () => [
          await allKudos(ctx.host, ctx.manager, DEMO_EMPLOYEE_ID),
          await allKudos(ctx.host, ctx.manager, DEMO_MANAGER_ID),
        ],
      }),
  },
];

describeBodyFuzz(
  'the kudos route refuses hostile bodies with a 400 naming the field',
  setup,
  ROUTES,
);

/** `key=value`, both percent-encoded. */
const param = (key: string, value: string) => `${enc(key)}=${enc(value)}`;

/** One bad parameter of the kudos list, as `{ query, field the 400 must name }`. */
const badKudosQuery = fc
  .oneof(
    badLimit.map((v) => ['limit', param('limit', v)] as const),
    fc
      .oneof(
        fc.constant(''),
        fc.integer({ min: 513, max: 4000 }).map((n) => 'A'.repeat(n)),
      )
      .map((v) => ['cursor', param('cursor', v)] as const),
    strayKey(['limit', 'cursor'])
      .filter((k) => k !== '__proto__')
      .map((k) => [k, param(k, '1')] as const),
    fc.constant(['limit', `${param('limit', '5')}&${param('limit', '5')}`] as const),
  )
  .map(([key, query]) => ({ query, field: `query.${key}` }));

describe('the kudos list validates its query and path, never a 500', () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await setup();
  });
  afterAll(() => ctx.host.close());
  const list = (path: string) => ctx.host.call('GET', path, { token: ctx.manager });

  it(
    'answers 400 naming query.<name> for each bad parameter',
    async () => {
      await fc.assert(
        fc.asyncProperty(badKudosQuery, async ({ query, field }) => {
          expectFieldProblem(await list(`/api/people/${DEMO_EMPLOYEE_ID}/kudos?${query}`), field);
        }),
        { numRuns: 60 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'answers 400 naming params.id, or 404, for any garbage person id',
    async () => {
      const id = fc
        .oneof(badIdText, anyText, fc.stringMatching(/^[\w-]{1,64}$/))
        .filter((raw) => !['', '.', '..'].includes(raw));
      await fc.assert(
        fc.asyncProperty(id, async (raw) => {
          const res = await list(`/api/people/${enc(raw)}/kudos`);
          if (res.status === 404) return void expectProblem(res, 404);
          expectFieldProblem(res, 'params.id');
        }),
        { numRuns: 60 },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
