import {
  AddActionItemSchema,
  AddTalkingPointSchema,
  PutPrivateNoteSchema,
  UpdateActionItemSchema,
  UpdateSharedNotesSchema,
  UpdateTalkingPointSchema,
} from './one-on-one.js';

describe('1:1 request schemas', () => {
  it.each<[string, { safeParse: (v: unknown) => { success: boolean } }, unknown, boolean]>([
    ['a talking point', AddTalkingPointSchema, { text: 'Career plans', goalIds: ['g1'] }, true],
    ['a talking point without goals', AddTalkingPointSchema, { text: 'Hi' }, true],
    ['a blank talking point', AddTalkingPointSchema, { text: '   ' }, false],
    ['a talking point over 500', AddTalkingPointSchema, { text: 'x'.repeat(501) }, false],
    ['a goal linked twice', AddTalkingPointSchema, { text: 'Hi', goalIds: ['g1', 'g1'] }, false],
    [
      'eleven goals',
      AddTalkingPointSchema,
      { text: 'Hi', goalIds: Array.from({ length: 11 }, (_, i) => `g${i}`) },
      false,
    ],
    ['an author in the body', AddTalkingPointSchema, { text: 'Hi', authorId: 'x' }, false],
    ['a point marked done', UpdateTalkingPointSchema, { done: true }, true],
    ['an empty point change', UpdateTalkingPointSchema, {}, false],
    ['shared notes', UpdateSharedNotesSchema, { sharedNotes: '' }, true],
    [
      'shared notes over 20000',
      UpdateSharedNotesSchema,
      { sharedNotes: 'x'.repeat(20_001) },
      false,
    ],
    [
      'an action item',
      AddActionItemSchema,
      { text: 'Send deck', ownerId: 'ann', dueDate: '2026-11-20' },
      true,
    ],
    ['an action item without owner', AddActionItemSchema, { text: 'Send deck' }, false],
    [
      'an action item with a bad date',
      AddActionItemSchema,
      { text: 'x', ownerId: 'a', dueDate: '20/11' },
      false,
    ],
    ['an action item done', UpdateActionItemSchema, { done: true }, true],
    ['a due date removed', UpdateActionItemSchema, { dueDate: null }, true],
    ['an empty item change', UpdateActionItemSchema, {}, false],
    ['a private note', PutPrivateNoteSchema, { text: 'only mine' }, true],
    ['a private note for someone else', PutPrivateNoteSchema, { text: 'x', authorId: 'b' }, false],
  ])('%s: %s', (_name, schema, input, ok) => {
    expect(schema.safeParse(input).success).toBe(ok);
  });
});
