import { isOutlookTaskPaneUrl } from './task-pane-url';

describe('isOutlookTaskPaneUrl', () => {
  it.each([
    ['https://northstar.contoso.com/?host=outlook#/schedule', true],
    ['https://northstar.contoso.com/?inTeams=1&host=outlook', true],
    ['https://northstar.contoso.com/?inTeams=1', false],
    ['https://northstar.contoso.com/?host=teams#/schedule', false],
    ['https://northstar.contoso.com/#/schedule?host=outlook', false],
    ['https://northstar.contoso.com/?host=Outlook', false],
    ['not a url', false],
  ])('%s -> %s', (href, expected) => {
    expect(isOutlookTaskPaneUrl(href)).toBe(expected);
  });
});
