import { GiveKudosSchema, KudosViewSchema } from './kudos.js';
import { CompanyValuesSchema } from './tenant.js';

const VALID = { receiverId: 'ann', value: 'One team', message: 'Thanks for the help!' };

describe('GiveKudosSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['the minimum', VALID, true],
    [
      'with a goal and a message link',
      { ...VALID, goalId: 'g-1', messageLink: 'https://teams.microsoft.com/l/message/1' },
      true,
    ],
    ['a message of exactly 500', { ...VALID, message: 'x'.repeat(500) }, true],
    ['a message of 501', { ...VALID, message: 'x'.repeat(501) }, false],
    ['a blank message', { ...VALID, message: ' \t ' }, false],
    ['no receiver', { value: 'One team', message: 'Hi' }, false],
    ['a receiver that is no id', { ...VALID, receiverId: '../ann' }, false],
    ['an empty value', { ...VALID, value: '' }, false],
    ['a value over 40', { ...VALID, value: 'x'.repeat(41) }, false],
    ['an http link', { ...VALID, messageLink: 'http://teams.microsoft.com/l/message/1' }, false],
    ['a javascript link', { ...VALID, messageLink: 'javascript:alert(1)' }, false],
    ['a giver in the body', { ...VALID, giverId: 'bob' }, false],
  ])('%s: valid is %s', (_label, body, valid) => {
    expect(GiveKudosSchema.safeParse(body).success).toBe(valid);
  });

  it('keeps the value exactly as sent, so " One team" is not "One team"', () => {
    expect(GiveKudosSchema.parse({ ...VALID, value: ' One team' }).value).toBe(' One team');
  });

  it('trims the message', () => {
    expect(GiveKudosSchema.parse({ ...VALID, message: '  Great work \n' }).message).toBe(
      'Great work',
    );
  });
});

describe('KudosViewSchema', () => {
  it('carries the goal as id and title, never a bare goalId', () => {
    const view = KudosViewSchema.parse({
      id: 'k-1',
      tenantId: 't',
      giverId: 'bob',
      receiverId: 'ann',
      value: 'One team',
      message: 'Thanks',
      goalId: 'g-hidden',
      goal: { id: 'g-1', title: 'Ship it' },
      createdAt: '2026-11-27T10:00:00.000Z',
    });
    expect(view).not.toHaveProperty('goalId');
    expect(view.goal).toEqual({ id: 'g-1', title: 'Ship it' });
  });
});

describe('CompanyValuesSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['four values', ['Customer obsessed', 'One team', 'Own the outcome', 'Learn every day'], true],
    ['no values', [], false],
    ['a value twice', ['One team', 'One team'], false],
    ['a blank value', ['One team', '  '], false],
    ['thirteen values', Array.from({ length: 13 }, (_, i) => `Value ${String(i)}`), false],
  ])('%s: valid is %s', (_label, values, valid) => {
    expect(CompanyValuesSchema.safeParse(values).success).toBe(valid);
  });
});
