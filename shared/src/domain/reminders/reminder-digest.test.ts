import type { WorkingHours } from '../../contracts/person.js';
import { digestKey, planReminders } from './plan-reminders.js';
import type { ReminderHistory, ReminderSettings } from './reminder-types.js';
import { TEST_SETTINGS, testInput, testPerson, testReminderGoal } from './test-reminders.js';

const WEEK = '2026-11-23';
const goals = ['g1', 'g2', 'g3', 'g4', 'g5'].map((id) =>
  testReminderGoal(id, 'ada', '2026-11-10T09:00:00.000Z'),
);
const keys = (...ids: string[]) => ids.map((id) => `goal:${id}:${WEEK}`);
const capReached: ReminderHistory[] = [
  { personId: 'ada', weekStart: WEEK, sentCount: 3, sentKeys: [] },
];

function planAt(
  now: string,
  history: ReminderHistory[] = capReached,
  hours: Partial<WorkingHours> = {},
  settings: ReminderSettings = TEST_SETTINGS,
) {
  const people = [testPerson('ada', 'Europe/London', hours)];
  return planReminders(testInput(now, { people, goals, history, settings }));
}

describe('the weekly digest', () => {
  it('on Friday in working hours, carries what is over the cap instead of deferring it', () => {
    const plan = planAt('2026-11-27T09:00:00Z');
    expect(plan.notifications).toEqual([]);
    expect(plan.deferred).toEqual([]);
    expect(plan.digests).toHaveLength(1);
    expect(plan.digests[0]).toMatchObject({
      personId: 'ada',
      key: 'digest:2026-11-23',
      text: '5 more updates from Northstar this week.',
    });
    expect(plan.digests[0]?.items.map((i) => i.goalId)).toEqual(['g1', 'g2', 'g3', 'g4', 'g5']);
  });

  it('before the digest day, defers instead', () => {
    const plan = planAt('2026-11-26T09:00:00Z');
    expect([plan.deferred.length, plan.digests.length]).toEqual([5, 0]);
  });

  it('on Friday outside working hours, sends nothing at all', () => {
    expect(planAt('2026-11-27T08:00:00Z')).toEqual({
      notifications: [],
      deferred: [],
      digests: [],
      unknownTimeZones: [],
    });
  });

  it('is sent once a week: a recorded digest key means deferral until next week', () => {
    const sent = [{ ...capReached[0]!, sentKeys: [digestKey(WEEK)] }];
    const plan = planAt('2026-11-27T15:00:00Z', sent);
    expect([plan.deferred.length, plan.digests.length]).toEqual([5, 0]);
  });

  it('still goes out on Saturday for someone who missed Friday (the first run on or after)', () => {
    const plan = planAt('2026-11-28T10:00:00Z', capReached, {
      days: ['monday', 'saturday'],
    });
    expect(plan.digests).toHaveLength(1);
  });

  it('comes on the last working day for someone who stops before Friday', () => {
    const hours = { days: ['monday', 'tuesday', 'wednesday'] as WorkingHours['days'] };
    expect(planAt('2026-11-24T10:00:00Z', capReached, hours).digests).toHaveLength(0);
    expect(planAt('2026-11-25T10:00:00Z', capReached, hours).digests).toHaveLength(1);
  });

  it('follows the digestDay setting', () => {
    const monday = { ...TEST_SETTINGS, digestDay: 'monday' } as const;
    expect(planAt('2026-11-23T10:00:00Z', capReached, {}, monday).digests).toHaveLength(1);
  });

  it('holds only what is over the cap: within the cap, notifications keep going out', () => {
    const twoLeft = [{ ...capReached[0]!, sentCount: 1 }];
    const plan = planAt('2026-11-27T09:00:00Z', twoLeft);
    expect(plan.notifications.map((n) => n.goalId)).toEqual(['g1']);
    expect(plan.digests[0]?.items.map((i) => i.goalId)).toEqual(['g3', 'g4', 'g5']);
  });

  it('is not sent empty: nothing over the cap, no digest', () => {
    const withinCap = [{ ...capReached[0]!, sentCount: 0, sentKeys: keys('g1', 'g2', 'g3') }];
    const plan = planAt('2026-11-27T09:00:00Z', withinCap);
    expect([plan.notifications.length, plan.digests.length]).toEqual([1, 0]);
  });

  it('says "one more update" for a single item', () => {
    const oneOver = [{ ...capReached[0]!, sentKeys: keys('g1', 'g2', 'g3', 'g4') }];
    expect(planAt('2026-11-27T09:00:00Z', oneOver).digests[0]?.text).toBe(
      'One more update from Northstar this week.',
    );
  });
});
