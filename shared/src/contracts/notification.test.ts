import { KIND_PRIORITY } from '../domain/reminders/reminder-candidates.js';
import { NotificationKindSchema, NotificationQuerySchema } from './notification.js';

describe('notification contracts', () => {
  it('names every reminder kind, and the digest', () => {
    expect([...NotificationKindSchema.options].sort()).toEqual(
      [...Object.keys(KIND_PRIORITY), 'digest'].sort(),
    );
  });

  it.each<[string, Record<string, string>, boolean]>([
    ['nothing', {}, true],
    ['a limit and a cursor', { limit: '20', cursor: 'abc' }, true],
    ['a limit of 0', { limit: '0' }, false],
    ['a limit over 200', { limit: '201' }, false],
    ['an empty cursor', { cursor: '' }, false],
    ['someone else’s id', { recipientId: 'ann' }, false],
  ])('query with %s: valid is %s', (_label, query, valid) => {
    expect(NotificationQuerySchema.safeParse(query).success).toBe(valid);
  });
});
