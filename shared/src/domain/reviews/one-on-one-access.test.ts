import { canViewOneOnOne, canViewPrivateNote } from './one-on-one-access.js';

// Mia runs a 1:1 series with her report Ann; Sam is Mia's manager, HR an admin, Zed a peer.
const series = { managerId: 'mia', reportId: 'ann' };
const note = { authorId: 'ann' };

describe('1:1 visibility', () => {
  it.each([
    ['mia', true, false],
    ['ann', true, true],
    ['sam', false, false],
    ['hr', false, false],
    ['zed', false, false],
  ])("%s: sees the series %s, sees Ann's private note %s", (viewerId, series_, privateNote) => {
    expect(canViewOneOnOne(viewerId, series)).toBe(series_);
    expect(canViewPrivateNote(viewerId, note)).toBe(privateNote);
  });
});
