import { mergeAgenda } from './agenda-merge';

const TEAMS_BLOCK =
  '<div class="teams">Microsoft Teams meeting <a href="https://t/x">Join</a></div>';

describe('mergeAgenda', () => {
  it('puts the agenda above what the body already holds, keeping the Teams join block', () => {
    const body = mergeAgenda(TEAMS_BLOCK, '<p>Goals</p>');
    expect(body).toBe(
      `<p><b>Agenda from Northstar</b></p><p>Goals</p><p>End of the Northstar agenda</p>${TEAMS_BLOCK}`,
    );
  });

  it('replaces the agenda it wrote before instead of adding a second one', () => {
    const once = mergeAgenda(TEAMS_BLOCK, '<p>Old agenda</p>');
    const twice = mergeAgenda(once, '<p>New agenda</p>');
    expect(twice).not.toContain('Old agenda');
    expect(twice.match(/Agenda from Northstar/g)).toHaveLength(1);
    expect(twice.endsWith(TEAMS_BLOCK)).toBe(true);
  });

  it('finds its earlier agenda after Outlook rewrote the tags', () => {
    const rewritten =
      '<p class="MsoNormal"><span><b>Agenda from Northstar</b></span></p>' +
      '<ul><li>Goals</li></ul><p class="MsoNormal"><span>End of the Northstar agenda</span></p>' +
      '<p>Note from the organizer</p>';
    const body = mergeAgenda(rewritten, '<p>New</p>');
    expect(body).not.toContain('<li>Goals</li>');
    expect(body).toContain('<p>Note from the organizer</p>');
  });

  it('starts from an empty body', () => {
    expect(mergeAgenda('', '<p>Goals</p>')).toContain('<p>Goals</p>');
  });
});
