import { readMessageAction, linkToKeep, safeMessageLink } from './message-payload.js';

/** `value.messagePayload` of the documented message-action fetchTask (channel reply thread). */
const payload = {
  linkToMessage:
    'https://teams.microsoft.com/l/message/19:6decf54d86d945e4b3924b63a9161a78@thread.skype/1611060744833',
  id: '1611060744833',
  replyToId: null,
  body: { contentType: 'html', content: '<div><div><at id="0">Webhook</at> - Hi</div>\n</div>' },
  from: {
    device: null,
    conversation: null,
    user: { userIdentityType: 'aadUser', id: 'b130c271', displayName: 'Olo Brockhouse' },
    application: null,
  },
};
const valueWith = (changes: Record<string, unknown>) => ({
  commandId: 'saveAsEvidence',
  messagePayload: { ...payload, ...changes },
  data: { goalId: 'g-1' },
});

describe('readMessageAction', () => {
  it('reads the message, its plain text and author, and passes the dialog data on', () => {
    expect(readMessageAction(valueWith({}))).toEqual({
      message: {
        id: '1611060744833',
        link: payload.linkToMessage,
        text: 'Webhook - Hi',
        author: { kind: 'user', id: 'b130c271', displayName: 'Olo Brockhouse' },
      },
      data: { goalId: 'g-1' },
    });
  });

  it.each<[string, unknown, unknown]>([
    [
      'an app',
      { user: null, application: { id: 'b8c1', displayName: 'Webhook' } },
      { kind: 'app', displayName: 'Webhook' },
    ],
    ['nobody', null, { kind: 'unknown', displayName: '' }],
    [
      'a user without a name',
      { user: { id: 'u-1' } },
      { kind: 'user', id: 'u-1', displayName: '' },
    ],
  ])('knows a message by %s', (_case, from, author) => {
    expect(readMessageAction(valueWith({ from })).message.author).toEqual(author);
  });

  it.each<[string, unknown, string]>([
    ['no message payload', { commandId: 'x' }, 'body.value.messagePayload'],
    ['a payload that is a string', { messagePayload: 'x' }, 'body.value.messagePayload'],
    ['no message id', valueWith({ id: undefined }), 'body.value.messagePayload.id'],
    ['a numeric message id', valueWith({ id: 42 }), 'body.value.messagePayload.id'],
    ['no body', valueWith({ body: undefined }), 'body.value.messagePayload.body'],
    [
      'a huge body',
      valueWith({ body: { contentType: 'html', content: 'x'.repeat(200_001) } }),
      'body.value.messagePayload.body.content',
    ],
    [
      'a huge link',
      valueWith({ linkToMessage: `https://teams.microsoft.com/${'a'.repeat(2100)}` }),
      'body.value.messagePayload.linkToMessage',
    ],
    [
      'a huge author name',
      valueWith({ from: { user: { id: 'u', displayName: 'n'.repeat(201) } } }),
      'body.value.messagePayload.from.user.displayName',
    ],
  ])('refuses %s', async (_case, value, field) => {
    const reading = Promise.resolve(value).then(readMessageAction);
    await expect(reading).rejects.toMatchObject({
      code: 'validation',
      fieldErrors: expect.arrayContaining([expect.objectContaining({ field })]) as unknown,
    });
  });
});

describe('safeMessageLink', () => {
  it.each([
    ['javascript:alert(1)'],
    ['http://teams.microsoft.com/l/message/1'],
    ['teams.microsoft.com/l/message/1'],
    [null],
  ])('leaves out %p', (link) => {
    expect(safeMessageLink(readMessageAction(valueWith({ linkToMessage: link })).message)).toBe(
      undefined,
    );
  });

  it.each<[string | null, string | null | undefined]>([
    [null, null],
    ['', null],
    ['  ', null],
    ['http://teams.microsoft.com/l/message/1', undefined],
  ])('keeps %p as the link %p', (link, kept) => {
    const { message } = readMessageAction(valueWith({ linkToMessage: link }));
    expect(linkToKeep(message)).toBe(kept);
  });

  it('takes an https link', () => {
    const { message } = readMessageAction(valueWith({}));
    expect(safeMessageLink(message)).toBe(payload.linkToMessage);
  });
});
