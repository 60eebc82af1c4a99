import { planReminders } from './plan-reminders.js';
import type { ReminderEvent, ReminderHistory, ReminderItem } from './reminder-types.js';
import { TEST_SETTINGS, testInput, testPerson, testReminderGoal } from './test-reminders.js';

/** Wednesday 25 Nov 2026, 10:00 in London: inside Ada's working hours. */
const NOW = '2026-11-25T10:00:00Z';
const WEEK = '2026-11-23';
const ada = testPerson('ada');
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
const kudos = (id: string): ReminderEvent => ({
  kind: 'kudos_received',
  id,
  personId: 'ada',
  at: daysAgo(0),
  fromName: 'Grace',
  value: 'Be bold',
  goalId: 'g1',
});
const brief = (items: ReminderItem[]) => items.map((i) => `${i.kind} ${i.key}`);

describe('goal nudges', () => {
  it.each<[string, string | null, Partial<Parameters<typeof testReminderGoal>[3]>, string[]]>([
    ['checked in 6 days ago on a 7-day cadence: nothing', daysAgo(6), {}, []],
    ['checked in 8 days ago: check-in due', daysAgo(8), {}, [`check_in_due goal:g1:${WEEK}`]],
    ['checked in 22 days ago (stale after 21): stale', daysAgo(22), {}, [`stale goal:g1:${WEEK}`]],
    [
      'never checked in, created 10 days ago: check-in due',
      null,
      { createdAt: daysAgo(10) },
      [`check_in_due goal:g1:${WEEK}`],
    ],
    ['archived: nothing', daysAgo(40), { state: 'archived' }, []],
    [
      'a 30-day cadence, 22 days: stale all the same',
      daysAgo(22),
      { cadenceDays: 30 },
      [`stale goal:g1:${WEEK}`],
    ],
  ])('%s', (_case, lastCheckInAt, overrides, expected) => {
    const input = testInput(NOW, {
      people: [ada],
      goals: [testReminderGoal('g1', 'ada', lastCheckInAt, overrides)],
    });
    expect(brief(planReminders(input).notifications)).toEqual(expected);
  });

  it('words each kind plainly', () => {
    const goals = [testReminderGoal('g1', 'ada', daysAgo(30), { title: 'Ship\n the   app' })];
    const input = testInput(NOW, {
      people: [ada],
      goals,
      settings: { ...TEST_SETTINGS, maxPerRun: 5 },
    });
    const events: ReminderEvent[] = [
      kudos('k1'),
      { kind: 'feedback_received', id: 'f1', personId: 'ada', at: NOW, fromName: 'Linus' },
      {
        kind: 'review_step_due',
        id: 'r1',
        personId: 'ada',
        step: 'Your self review',
        dueDate: '2026-11-27',
      },
    ];
    expect(planReminders({ ...input, events }).notifications.map((n) => n.text)).toEqual([
      'Your self review is due on 27 Nov 2026.',
      'Linus sent you feedback.',
      'Grace gave you kudos for Be bold.',
    ]);
    expect(planReminders(input).notifications[0]?.text).toBe(
      '“Ship the app” has had no check-in for 30 days.',
    );
  });

  it('cuts a long title in the text', () => {
    const goals = [testReminderGoal('g1', 'ada', daysAgo(8), { title: 'x'.repeat(300) })];
    const [item] = planReminders(testInput(NOW, { people: [ada], goals })).notifications;
    expect(item?.text).toBe(`Time to check in on “${'x'.repeat(79)}…”.`);
  });
});

describe('skipping people who updated recently', () => {
  it.each<[string, string | null, string[]]>([
    ['updated 2 hours ago: no goal nudge, but the kudos', daysAgo(2 / 24), ['kudos_received']],
    [
      'updated 25 hours ago: the goal nudge too',
      daysAgo(25 / 24),
      ['kudos_received', 'check_in_due'],
    ],
    ['never updated', null, ['kudos_received', 'check_in_due']],
  ])('%s', (_case, lastUpdateAt, expected) => {
    const input = testInput(NOW, {
      people: [testPerson('ada', 'Europe/London', {}, lastUpdateAt)],
      goals: [testReminderGoal('g1', 'ada', daysAgo(8))],
      events: [kudos('k1')],
      settings: { ...TEST_SETTINGS, maxPerRun: 5 },
    });
    expect(planReminders(input).notifications.map((n) => n.kind)).toEqual(expected);
  });
});

describe('the weekly cap', () => {
  const goals = ['g1', 'g2', 'g3', 'g4'].map((id) => testReminderGoal(id, 'ada', daysAgo(8)));
  const history = (sentCount: number, weekStart = WEEK): ReminderHistory[] => [
    { personId: 'ada', weekStart, sentCount, sentKeys: [] },
  ];

  it.each<[string, ReminderHistory[], number | undefined, number, number]>([
    ['nothing sent yet, one per run by default', [], undefined, 1, 1],
    ['nothing sent yet, up to the cap when runs may send more', [], 10, 3, 1],
    ['two sent: one left, the rest deferred', history(2), 10, 1, 3],
    ['cap reached: everything deferred', history(3), 10, 0, 4],
    ['over the cap already: still nothing', history(5), 10, 0, 4],
    ['last week’s count does not count', history(3, '2026-11-16'), 10, 3, 1],
  ])('%s', (_case, sent, maxPerRun, notified, deferred) => {
    const settings = { ...TEST_SETTINGS, ...(maxPerRun === undefined ? {} : { maxPerRun }) };
    const plan = planReminders(testInput(NOW, { people: [ada], goals, history: sent, settings }));
    expect([plan.notifications.length, plan.deferred.length]).toEqual([notified, deferred]);
    expect(plan.digests).toEqual([]);
  });
});

describe('dedupe', () => {
  it('never sends a key delivered this week, nor one key twice in a run', () => {
    const input = testInput(NOW, {
      people: [ada],
      goals: [
        testReminderGoal('g1', 'ada', daysAgo(8)),
        testReminderGoal('g2', 'ada', daysAgo(30)),
      ],
      events: [kudos('k1'), kudos('k1'), kudos('k2')],
      history: [
        {
          personId: 'ada',
          weekStart: WEEK,
          sentCount: 1,
          sentKeys: [`goal:g1:${WEEK}`, 'kudos_received:k2'],
        },
      ],
      settings: { ...TEST_SETTINGS, weeklyCap: 10, maxPerRun: 10 },
    });
    expect(brief(planReminders(input).notifications)).toEqual([
      'kudos_received kudos_received:k1',
      `stale goal:g2:${WEEK}`,
    ]);
  });

  it('nudges about the same goal again the next week', () => {
    const goals = [testReminderGoal('g1', 'ada', daysAgo(8))];
    const history = [
      { personId: 'ada', weekStart: WEEK, sentCount: 1, sentKeys: [`goal:g1:${WEEK}`] },
    ];
    const nextMonday = testInput('2026-11-30T10:00:00Z', { people: [ada], goals, history });
    expect(brief(planReminders(nextMonday).notifications)).toEqual([
      'check_in_due goal:g1:2026-11-30',
    ]);
  });

  it('ignores other people’s goals and events', () => {
    const input = testInput(NOW, {
      people: [ada, testPerson('bob', 'Asia/Tokyo')],
      goals: [testReminderGoal('g1', 'bob', daysAgo(8))],
      events: [{ ...kudos('k1'), personId: 'carol' }],
    });
    expect(planReminders(input).notifications).toEqual([]);
  });
});
