import { GOAL_CARD_VERBS } from '@northstar/shared';
import { BOT_COMMANDS, CARD_VERBS, cardVerbOf, commandOf } from './command-registry.js';

describe('the bot command registry', () => {
  it('keys the message-extension commands by the manifest ids', () => {
    const kinds = Object.fromEntries(Object.entries(BOT_COMMANDS).map(([id, c]) => [id, c.kind]));
    expect(kinds).toEqual({
      searchGoals: 'query',
      giveKudosToAuthor: 'action',
      saveAsEvidence: 'action',
    });
  });

  it('handles every verb the goal card sends, and only those', () => {
    expect(Object.keys(CARD_VERBS).sort()).toEqual(Object.values(GOAL_CARD_VERBS).sort());
  });

  it.each([['toString'], ['__proto__'], ['constructor'], ['hasOwnProperty'], ['SEARCHGOALS']])(
    'knows no command or verb %p',
    (id) => {
      expect(commandOf(id)).toBeUndefined();
      expect(cardVerbOf(id)).toBeUndefined();
    },
  );
});
