import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  FABRIKAM_PERSON_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import { allKudos, getKudos, kudosBody, postKudos } from './kudos-fixtures.js';
import { expectFieldProblem, expectProblem } from './problem-assertions.js';

const VALID = kudosBody(DEMO_EMPLOYEE_ID);

const BAD_BODIES: [string, Record<string, unknown>, string][] = [
  ['kudos to yourself', { receiverId: DEMO_MANAGER_ID }, 'body.receiverId'],
  ['an unknown receiver', { receiverId: 'nobody-here' }, 'body.receiverId'],
  ['a receiver in another tenant', { receiverId: FABRIKAM_PERSON_ID }, 'body.receiverId'],
  ['a malformed receiver', { receiverId: '../etc' }, 'body.receiverId'],
  ['a value that is not a company value', { value: 'Grit' }, 'body.value'],
  ['a value in other case', { value: 'ONE TEAM' }, 'body.value'],
  ['another tenant’s value', { value: 'Safety first' }, 'body.value'],
  ['a blank message', { message: '  ' }, 'body.message'],
  ['a message over 500', { message: 'x'.repeat(501) }, 'body.message'],
  ['a goal that does not exist', { goalId: 'g-nothing' }, 'body.goalId'],
  ['a goal the giver may not see', { goalId: 'g-isaiah-enterprise-deals' }, 'body.goalId'],
  ['another tenant’s goal', { goalId: 'g-fab-lisbon-hub' }, 'body.goalId'],
  [
    'a link that is not https',
    { messageLink: 'http://teams.microsoft.com/l/1' },
    'body.messageLink',
  ],
  ['a giver in the body', { giverId: DEMO_EMPLOYEE_ID }, 'body'],
];

describe.each(['sqlite', 'cosmos'] as const)('on the %s store, refused kudos', (store) => {
  let host: TestHost;
  let manager: string;
  let stranger: string;
  beforeAll(async () => {
    host = await startTestHost({ store });
    manager = await host.signIn(DEMO_MANAGER_ID);
    stranger = await host.signIn(FABRIKAM_PERSON_ID);
  });
  afterAll(() => host.close());
  const received = async () => (await allKudos(host, manager, DEMO_EMPLOYEE_ID)).flat();

  it.each(BAD_BODIES)('%s (%j) is a 400 naming %s, storing nothing', async (_l, change, field) => {
    const before = await received();
    expectFieldProblem(await postKudos(host, manager, { ...VALID, ...change }), field);
    expect(await received()).toEqual(before);
  });

  it('lists the allowed values when the value is not one of them', async () => {
    const res = await postKudos(host, manager, { ...VALID, value: 'Grit' });
    expect(res.body.errors[0].message).toMatch(
      /"Customer obsessed", "One team", "Own the outcome", "Learn every day"/,
    );
  });

  it.each(['', 'x'.repeat(129), 'has space', 'ünï'])(
    'refuses the Idempotency-Key %p naming the header',
    async (key) => {
      const res = await postKudos(host, manager, VALID, { 'idempotency-key': key });
      expectFieldProblem(res, 'headers.idempotency-key');
    },
  );

  it.each([
    ['POST /api/kudos', () => postKudos(host, undefined, VALID)],
    ['GET /api/people/{id}/kudos', () => getKudos(host, undefined, DEMO_EMPLOYEE_ID)],
    ['GET /api/settings/values', () => host.call('GET', '/api/settings/values')],
  ])('%s without a token is 401', async (_route, send) => {
    expectProblem(await send(), 401);
  });

  it.each([
    ['another tenant’s caller', () => getKudos(host, stranger, DEMO_EMPLOYEE_ID)],
    ['a person of another tenant', () => getKudos(host, manager, FABRIKAM_PERSON_ID)],
    ['nobody at all', () => getKudos(host, manager, 'nobody-here')],
  ])('kudos of %s are a 404', async (_label, send) => {
    expect(expectProblem(await send(), 404).code).toBe('not_found');
  });

  it.each([
    ['?limit=0', 'query.limit'],
    ['?limit=201', 'query.limit'],
    ['?cursor=not-a-cursor', 'query.cursor'],
    ['?sort=asc', 'query'],
  ])('a list query %s is a 400 naming %s', async (query, field) => {
    expectFieldProblem(await getKudos(host, manager, DEMO_EMPLOYEE_ID, query), field);
  });
});
