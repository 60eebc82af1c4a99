import { EVIDENCE_NOTE_MAX_LENGTH } from '../contracts/evidence.js';
import { KUDOS_MESSAGE_MAX_LENGTH } from '../contracts/kudos.js';
import {
  MAX_EVIDENCE_GOAL_CHOICES,
  kudosToAuthorDialog,
  saveEvidenceDialog,
} from './message-action-cards.js';
import { KudosToAuthorDataSchema, SaveEvidenceDataSchema } from './message-action-inputs.js';
import { elementsOfType } from './test-card-data.js';

const runs = (card: unknown) => elementsOfType(card, 'TextRun').map((r) => r.text);
const inputs = (card: unknown, type: string) => elementsOfType(card, type);
const message = { authorName: 'Grace Hopper', text: 'Shipped it.\n\nSee www.example.com' };
const appUrl = 'https://northstar.example.com/';

describe('kudosToAuthorDialog', () => {
  const dialog = (companyValues: string[]) =>
    kudosToAuthorDialog({ author: { displayName: 'Ada Lovelace' }, companyValues, message });

  it('names the author, quotes the message and asks for a value and a message', () => {
    const card = dialog(['Be bold', 'Own it']);
    expect(runs(card).slice(0, 4)).toEqual([
      'Kudos to ',
      'Ada Lovelace',
      'Grace Hopper',
      ' wrote:',
    ]);
    expect(runs(card)[4]).toBe('Shipped it\u2060.\n\nSee www\u2060.example\u2060.com');
    expect(inputs(card, 'Input.ChoiceSet')).toEqual([
      expect.objectContaining({
        id: 'companyValue',
        isRequired: true,
        choices: [
          { title: 'Be bold', value: 'Be bold' },
          { title: 'Own it', value: 'Own it' },
        ],
      }),
    ]);
    expect(inputs(card, 'Input.Text')).toEqual([
      expect.objectContaining({ id: 'message', maxLength: KUDOS_MESSAGE_MAX_LENGTH }),
    ]);
    expect(inputs(card, 'Input.Text')[0]).not.toHaveProperty('value');
    expect(card?.actions).toEqual([{ type: 'Action.Submit', title: 'Send kudos' }]);
  });

  it('is null when there is no value to offer', () => {
    expect(dialog([])).toBeNull();
    expect(dialog(['   ', 'x'.repeat(41)])).toBeNull();
  });

  it('takes back exactly what its inputs send', () => {
    const data = { companyValue: 'Be bold', message: ' Thanks! ', msteams: { x: 1 } };
    expect(KudosToAuthorDataSchema.parse(data)).toEqual({
      companyValue: 'Be bold',
      message: 'Thanks!',
    });
    expect(
      KudosToAuthorDataSchema.safeParse({ companyValue: 'Be bold', message: ' ' }).success,
    ).toBe(false);
  });
});

describe('saveEvidenceDialog', () => {
  const goals = [
    { id: 'g-1', title: 'Ship the [mobile](javascript:x) app' },
    { id: 'g-2', title: 'Learn Rust' },
  ];

  it('quotes the message, offers the goals and an optional note', () => {
    const card = saveEvidenceDialog({ message, goals, appUrl });
    expect(runs(card).slice(0, 2)).toEqual(['Grace Hopper', ' wrote:']);
    const [choiceSet] = inputs(card, 'Input.ChoiceSet');
    expect(choiceSet).toMatchObject({ id: 'goalId', isRequired: true });
    expect(choiceSet?.choices).toEqual([
      { title: 'Ship the [mobile]\u2060(javascript:x) app', value: 'g-1' },
      { title: 'Learn Rust', value: 'g-2' },
    ]);
    expect(inputs(card, 'Input.Text')).toEqual([
      expect.objectContaining({ id: 'note', maxLength: EVIDENCE_NOTE_MAX_LENGTH }),
    ]);
    expect(inputs(card, 'Input.Text')[0]).not.toHaveProperty('isRequired');
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Save evidence' }]);
  });

  it('cuts a long message to a preview and offers at most the first goals', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `g-${i}`, title: `Goal ${i}` }));
    const card = saveEvidenceDialog({
      message: { ...message, text: 'a'.repeat(900) },
      goals: many,
      appUrl,
    });
    expect(runs(card)).toContain(`${'a'.repeat(499)}…`);
    const [choiceSet] = inputs(card, 'Input.ChoiceSet');
    expect(choiceSet?.choices).toHaveLength(MAX_EVIDENCE_GOAL_CHOICES);
  });

  it('says there is no active goal and offers no submit without goals', () => {
    const card = saveEvidenceDialog({ message: { ...message, text: '' }, goals: [], appUrl });
    expect(JSON.stringify(card)).toContain('You have no active goals');
    expect(runs(card)).toContain('(no text)');
    expect(inputs(card, 'Input.ChoiceSet')).toEqual([]);
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Open Northstar', url: appUrl },
    ]);
  });

  it('refuses an app link that is not http(s)', () => {
    expect(() => saveEvidenceDialog({ message, goals, appUrl: 'javascript:alert(1)' })).toThrow(
      RangeError,
    );
  });

  it.each([
    [
      { goalId: 'g-1', note: '' },
      { goalId: 'g-1', note: '' },
    ],
    [{ goalId: 'g-1' }, { goalId: 'g-1' }],
    [
      { goalId: 'g-1', note: '  Proof  ' },
      { goalId: 'g-1', note: 'Proof' },
    ],
  ])('takes back its inputs %j', (data, parsed) => {
    expect(SaveEvidenceDataSchema.parse(data)).toEqual(parsed);
  });

  it.each([
    [{ goalId: '../x' }],
    [{ goalId: 'g-1', note: 'n'.repeat(EVIDENCE_NOTE_MAX_LENGTH + 1) }],
    [{ note: 'x' }],
    [{ goalId: 7 }],
  ])('refuses inputs it never sends: %j', (data) => {
    expect(SaveEvidenceDataSchema.safeParse(data).success).toBe(false);
  });
});
