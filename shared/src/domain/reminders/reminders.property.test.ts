import fc from 'fast-check';
import { WeekdaySchema, type WorkingHours } from '../../contracts/person.js';
import { workingIntervals } from '../slots/working-intervals.js';
import { planReminders } from './plan-reminders.js';
import type {
  ReminderEvent,
  ReminderGoal,
  ReminderHistory,
  ReminderInput,
  ReminderPerson,
  ReminderSettings,
} from './reminder-types.js';
import { localMoment } from './reminder-week.js';

const HOUR_MS = 3_600_000;
const ZONES = [
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Sydney',
  'Pacific/Auckland',
  'UTC',
];

/** An independent reading of "inside working hours": slot finding's working intervals. */
function insideHours(hours: WorkingHours, at: number): boolean {
  return workingIntervals(hours, { start: at, end: at + 1 }).length > 0;
}

// Every DST change in these zones happens between 00:00 and 04:00, so times from 04:00 on exist
// exactly once a day and the wall-clock reading the planner uses must agree with the intervals.
const time = fc
  .tuple(fc.integer({ min: 4, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const person = (id: string): fc.Arbitrary<ReminderPerson> =>
  fc.record({
    id: fc.constant(id),
    workingHours: fc.record({
      days: fc.subarray(WeekdaySchema.options),
      startTime: time,
      endTime: time,
      timeZone: fc.constantFrom(...ZONES),
    }),
    lastUpdateAt: fc.option(
      fc
        .date({ min: new Date('2026-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString()),
    ),
  });

const instant = fc.date({
  min: new Date('2026-01-01'),
  max: new Date('2026-12-20'),
  noInvalidDate: true,
});

const goal = (ownerIds: string[]): fc.Arbitrary<ReminderGoal> =>
  fc.record({
    id: fc.uuid(),
    title: fc.string(),
    ownerId: fc.constantFrom(...ownerIds),
    state: fc.constantFrom('active', 'archived'),
    lastCheckInAt: fc.option(instant.map((d) => d.toISOString())),
    createdAt: fc.constant('2026-01-01T00:00:00.000Z'),
    cadenceDays: fc.integer({ min: 1, max: 30 }),
  });

const event = (personIds: string[]): fc.Arbitrary<ReminderEvent> =>
  fc.oneof(
    fc.record({
      kind: fc.constant('kudos_received' as const),
      id: fc.uuid(),
      personId: fc.constantFrom(...personIds),
      at: fc.constant('2026-01-01T00:00:00Z'),
      fromName: fc.string(),
      value: fc.string(),
    }),
    fc.record({
      kind: fc.constant('feedback_received' as const),
      id: fc.uuid(),
      personId: fc.constantFrom(...personIds),
      at: fc.constant('2026-01-01T00:00:00Z'),
      fromName: fc.string(),
    }),
    fc.record({
      kind: fc.constant('review_step_due' as const),
      id: fc.uuid(),
      personId: fc.constantFrom(...personIds),
      step: fc.string(),
      dueDate: instant.map((d) => d.toISOString().slice(0, 10)),
    }),
  );

const settings: fc.Arbitrary<ReminderSettings> = fc.record(
  {
    weeklyCap: fc.integer({ min: 0, max: 5 }),
    staleDays: fc.integer({ min: 1, max: 40 }),
    skipIfUpdatedWithinHours: fc.integer({ min: 0, max: 72 }),
    digestDay: fc.constantFrom(...WeekdaySchema.options),
    reviewLeadDays: fc.integer({ min: 0, max: 7 }),
    maxPerRun: fc.integer({ min: 0, max: 4 }),
  },
  { requiredKeys: ['weeklyCap', 'staleDays', 'skipIfUpdatedWithinHours'] },
);

const ids = ['p1', 'p2', 'p3'];
const scenario = fc.record({
  people: fc.tuple(...ids.map(person)),
  goals: fc.array(goal(ids), { maxLength: 12 }),
  events: fc.array(event(ids), { maxLength: 10 }),
  settings,
  start: instant.map((d) => Math.floor(d.getTime() / HOUR_MS) * HOUR_MS),
});

describe('planReminders, run hourly for eight days by a caller that records what it sends', () => {
  it('never notifies outside working hours, never beyond the weekly cap, never twice', () => {
    fc.assert(
      fc.property(scenario, ({ people, goals, events, settings, start }) => {
        const history = new Map<string, ReminderHistory>();
        let pending = events;
        for (let at = start; at < start + 192 * HOUR_MS; at += HOUR_MS) {
          const input: ReminderInput = {
            now: new Date(at),
            people,
            goals,
            events: pending,
            history: [...history.values()],
            settings,
          };
          const plan = planReminders(input);
          const delivered = [
            ...plan.notifications.map((n) => ({ ...n, counts: true })),
            ...plan.digests.flatMap((d) =>
              [...d.items, { personId: d.personId, key: d.key }].map((i) => ({
                ...i,
                counts: false,
              })),
            ),
          ];
          for (const item of delivered) {
            const who = people.find((p) => p.id === item.personId)!;
            expect(insideHours(who.workingHours, at)).toBe(true);
            const { weekStart } = localMoment(who.workingHours, new Date(at));
            const before = history.get(who.id);
            const week =
              before?.weekStart === weekStart
                ? before
                : { personId: who.id, weekStart, sentCount: 0, sentKeys: [] };
            expect(week.sentKeys).not.toContain(item.key);
            history.set(who.id, {
              ...week,
              sentCount: week.sentCount + (item.counts ? 1 : 0),
              sentKeys: [...week.sentKeys, item.key],
            });
            expect(history.get(who.id)!.sentCount).toBeLessThanOrEqual(settings.weeklyCap);
          }
          const deferredKeys = new Set(plan.deferred.map((d) => d.key));
          expect(plan.notifications.filter((n) => deferredKeys.has(n.key))).toEqual([]);
          const announced = new Set(delivered.map((d) => d.key));
          pending = pending.filter((e) => !announced.has(`${e.kind}:${e.id}`));
        }
      }),
      { numRuns: 25 },
    );
  });
});
