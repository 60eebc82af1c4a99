import { testMeeting, testSeries, managerMe, reportMe, inDays } from './test-one-on-ones';
import { sectionsOf, summarize } from './series-rows';

const item = (id: string, done: boolean) => ({
  id,
  ownerId: 'arjun-mehta',
  text: id,
  done,
  dueDate: null,
});

describe('summarize', () => {
  const now = Date.now();
  it.each([
    ['no 1:1s', [], { nextAt: null, lastAt: null, openItems: 0 }],
    [
      'a past and a next 1:1',
      [
        testMeeting({ id: 'a', scheduledFor: inDays(-7), actionItems: [item('x', false)] }),
        testMeeting({
          id: 'b',
          scheduledFor: inDays(1),
          actionItems: [item('x', false), item('y', true)],
        }),
      ],
      { nextAt: 'b', lastAt: 'a', openItems: 1 },
    ],
    [
      'only a past 1:1',
      [testMeeting({ id: 'a', scheduledFor: inDays(-7), actionItems: [item('x', false)] })],
      { nextAt: null, lastAt: 'a', openItems: 1 },
    ],
  ])('with %s', (_, meetings, expected) => {
    const when = (id: string | null) => meetings.find((m) => m.id === id)?.scheduledFor ?? null;
    expect(summarize(meetings, now)).toEqual({
      nextAt: when(expected.nextAt),
      lastAt: when(expected.lastAt),
      openItems: expected.openItems,
    });
  });
});

describe('sectionsOf', () => {
  const now = Date.now();
  it('gives a manager one row per report, with or without a series, and their own manager', () => {
    const loaded = [{ series: testSeries(), meetings: [] }];
    const { withManager, withReports, others } = sectionsOf(managerMe, loaded, new Map(), now);
    expect(withManager).toMatchObject({ person: { id: 'lee-gu' }, series: null, summary: null });
    expect(withReports.map((r) => [r.person.id, r.series?.id ?? null])).toEqual([
      ['arjun-mehta', 'oos-1'],
      ['ananya-iyer', null],
    ]);
    expect(others).toEqual([]);
  });

  it('gives a report the series with their manager', () => {
    const loaded = [{ series: testSeries(), meetings: [] }];
    const { withManager, withReports } = sectionsOf(reportMe, loaded, new Map(), now);
    expect(withManager?.series?.id).toBe('oos-1');
    expect(withReports).toEqual([]);
  });

  it('keeps a series with someone no longer in my team under others', () => {
    const former = testSeries({ id: 'oos-x', reportId: 'gone' });
    const people = new Map([['gone', { id: 'gone', displayName: 'Gone', jobTitle: '' }]]);
    const { others } = sectionsOf(managerMe, [{ series: former, meetings: [] }], people, now);
    expect(others.map((r) => [r.person.displayName, r.series?.id])).toEqual([['Gone', 'oos-x']]);
  });

  it('never matches a series where I am the report to one of my reports', () => {
    const reversed = testSeries({ id: 'oos-r', managerId: 'arjun-mehta', reportId: 'priya-raman' });
    const people = new Map([
      ['arjun-mehta', { id: 'arjun-mehta', displayName: 'Arjun', jobTitle: '' }],
    ]);
    const { withReports, others } = sectionsOf(
      managerMe,
      [{ series: reversed, meetings: [] }],
      people,
      now,
    );
    expect(withReports.every((r) => r.series === null)).toBe(true);
    expect(others.map((r) => r.series?.id)).toEqual(['oos-r']);
  });
});

describe('sectionsOf ordering', () => {
  it('lists running series first, soonest next 1:1 first, then reports without one', () => {
    const me = { ...managerMe, directReports: [...managerMe.directReports] };
    const soon = testMeeting({ id: 'm1', seriesId: 'oos-an', scheduledFor: inDays(1) });
    const loaded = [
      { series: testSeries(), meetings: [] },
      { series: testSeries({ id: 'oos-an', reportId: 'ananya-iyer' }), meetings: [soon] },
    ];
    const { withReports } = sectionsOf(me, loaded, new Map(), Date.now());
    expect(withReports.map((r) => r.person.id)).toEqual(['ananya-iyer', 'arjun-mehta']);
    const noSeries = sectionsOf(me, [loaded[0]!], new Map(), Date.now());
    expect(noSeries.withReports.map((r) => r.person.id)).toEqual(['arjun-mehta', 'ananya-iyer']);
  });
});
