import { decodeCursor, encodeCursor, rowsToFetch, toPage } from './keyset-cursor.js';

/** What `work` throws, as a rejection, so its fields can be matched. */
const thrownBy = (work: () => unknown) => Promise.resolve().then(work);

describe('keyset cursor', () => {
  it.each([
    [{ createdAt: '2026-01-05T09:00:00.000Z', id: 'g-001' }],
    [{ createdAt: '', id: 'ünïcødé "quoted"' }],
  ])('decodes what it encoded: %p', (position) => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it('gives no position for no cursor', () => {
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  it.each([
    ['not json', Buffer.from('nope').toString('base64url')],
    ['an object', Buffer.from('{"createdAt":"x","id":"y"}').toString('base64url')],
    ['one element', Buffer.from('["x"]').toString('base64url')],
    ['a number id', Buffer.from('["x",1]').toString('base64url')],
    ['empty', ''],
  ])('rejects %s as validation', async (_label, cursor) => {
    await expect(thrownBy(() => decodeCursor(cursor))).rejects.toMatchObject({
      code: 'validation',
    });
  });

  it.each([[0], [-1], [1.5], [Number.NaN]])('rejects the limit %p as validation', async (limit) => {
    await expect(thrownBy(() => rowsToFetch(limit))).rejects.toMatchObject({ code: 'validation' });
  });

  it('fetches one row more than the limit', () => {
    expect(rowsToFetch(10)).toBe(11);
  });

  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ createdAt: `t${String(i)}`, id: `r${String(i)}` }));

  it.each([
    [3, 2, 2, true],
    [2, 2, 2, false],
    [1, 2, 1, false],
    [0, 2, 0, false],
  ])('cuts %p rows at limit %p into %p items (next page: %p)', (n, limit, count, hasNext) => {
    const page = toPage(rows(n), limit);
    expect(page.items).toEqual(rows(n).slice(0, count));
    expect(page.nextCursor !== undefined).toBe(hasNext);
    if (hasNext) expect(decodeCursor(page.nextCursor)).toEqual(rows(n)[limit - 1]);
  });
});
