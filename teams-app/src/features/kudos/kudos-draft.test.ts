import { messageCounter, readKudosDraft } from './kudos-draft';

describe('readKudosDraft', () => {
  it('gives the request with the message trimmed', () => {
    expect(readKudosDraft('ann', { value: 'One team', message: '  Thanks!\n' })).toEqual({
      body: { receiverId: 'ann', value: 'One team', message: 'Thanks!' },
    });
  });

  it.each<[string, { value: string; message: string }, string[]]>([
    ['no value', { value: '', message: 'Thanks' }, ['value']],
    ['a blank message', { value: 'One team', message: ' \n ' }, ['message']],
    ['a message over 500', { value: 'One team', message: 'x'.repeat(501) }, ['message']],
    ['nothing at all', { value: '', message: '' }, ['value', 'message']],
  ])('names the fields of %s', (_label, draft, fields) => {
    const read = readKudosDraft('ann', draft);
    expect('errors' in read ? Object.keys(read.errors) : []).toEqual(fields);
  });

  it('says how long a message may be', () => {
    expect(readKudosDraft('ann', { value: 'One team', message: 'x'.repeat(501) })).toEqual({
      errors: { message: 'Keep it to 500 characters.' },
    });
  });
});

describe('messageCounter', () => {
  it('counts what was typed against the limit', () => {
    expect(messageCounter('Thank you')).toBe('9 of 500 characters');
  });
});
