import { carriedOver, suggestedNextStart, timelineOf } from './occurrence-timeline';
import { testMeeting } from './test-one-on-ones';

const NOW = Date.parse('2026-03-10T12:00:00.000Z');
const HOUR = 3_600_000;
const at = (id: string, offsetHours: number) =>
  testMeeting({ id, scheduledFor: new Date(NOW + offsetHours * HOUR).toISOString() });

describe('timelineOf', () => {
  it.each([
    ['no 1:1s', [], null, null, [], [], false],
    ['one upcoming', [at('a', 24)], 'a', null, [], [], false],
    ['one being held (started 30 min ago)', [at('a', -0.5)], 'a', null, [], [], false],
    ['one over', [at('a', -2)], 'a', null, [], [], true],
    [
      'past, next, later',
      [at('c', 200), at('a', -100), at('b', 24)],
      'b',
      'a',
      ['a'],
      ['c'],
      false,
    ],
    ['all over', [at('a', -300), at('b', -100)], 'b', 'a', ['a'], [], true],
  ])('with %s', (_, meetings, current, previous, earlier, later, over) => {
    const timeline = timelineOf(meetings, NOW);
    expect(timeline.current?.id ?? null).toBe(current);
    expect(timeline.previous?.id ?? null).toBe(previous);
    expect(timeline.earlier.map((m) => m.id)).toEqual(earlier);
    expect(timeline.later.map((m) => m.id)).toEqual(later);
    expect(timeline.currentIsOver).toBe(over);
  });

  it('lists earlier 1:1s newest first', () => {
    const timeline = timelineOf([at('a', -300), at('b', -200), at('c', -100), at('d', 5)], NOW);
    expect(timeline.earlier.map((m) => m.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('carriedOver', () => {
  const item = (id: string, done: boolean) => ({
    id,
    ownerId: 'arjun-mehta',
    text: id,
    done,
    dueDate: null,
  });
  it('keeps the open items that came from the previous 1:1', () => {
    const previous = testMeeting({ id: 'p', actionItems: [item('old', false), item('x', true)] });
    const current = testMeeting({
      id: 'c',
      actionItems: [item('old', false), item('new', false)],
    });
    expect(carriedOver(current, previous).map((i) => i.id)).toEqual(['old']);
    expect(carriedOver(current, null)).toEqual([]);
  });

  it('drops a carried item once it is done', () => {
    const previous = testMeeting({ id: 'p', actionItems: [item('old', false)] });
    const current = testMeeting({ id: 'c', actionItems: [item('old', true)] });
    expect(carriedOver(current, previous)).toEqual([]);
  });
});

describe('suggestedNextStart', () => {
  it.each([
    ['a week after a recent 1:1', -2, NOW - 2 * HOUR + 7 * 24 * HOUR],
    ['the same weekday and time after a long gap', -24 * 20, NOW - 20 * 24 * HOUR + 21 * 24 * HOUR],
  ])('suggests %s', (_, offsetHours, expected) => {
    expect(suggestedNextStart(at('a', offsetHours), NOW).getTime()).toBe(expected);
  });

  it('suggests the next full hour for a first 1:1', () => {
    const next = suggestedNextStart(null, NOW + 20 * 60_000);
    expect(next.getTime()).toBeGreaterThan(NOW);
    expect(next.getMinutes()).toBe(0);
    expect(next.getTime() - NOW).toBeLessThanOrEqual(HOUR);
  });
});
