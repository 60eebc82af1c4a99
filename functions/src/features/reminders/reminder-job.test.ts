import type { ReminderRunSummary } from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { Notification, Notifier, NotifyOutcome } from '../../ports/notifier.js';
import { listNotifications } from '../notifications/notification-service.js';
import { runReminders } from './reminder-job.js';
import {
  reminderWorld,
  TENANT,
  type ReminderWorld,
} from '../../../../test/support/reminder-world.js';

/** Monday 23 Nov 2026 at 10:00 UTC plus `hours`: London and Kolkata work, New York sleeps. */
const monday = (hours = 0) => new Date(Date.parse('2026-11-23T10:00:00Z') + hours * 3_600_000);
const FRIDAY = new Date('2026-11-27T10:00:00Z');
const SATURDAY = new Date('2026-11-28T10:00:00Z');

const NOTHING: ReminderRunSummary = {
  considered: 4,
  sent: 0,
  digests: 0,
  deferred: 0,
  skipped: 0,
  failures: 0,
  outsideWorkingHours: 1,
  unknownTimeZones: 1,
};

/** A notifier that records what it is asked to send, answering with `answer`. */
function countingNotifier(
  answer: (n: Notification) => Promise<NotifyOutcome> = () => Promise.resolve({ status: 'sent' }),
): Notifier & { sent: Notification[] } {
  const sent: Notification[] = [];
  return {
    sent,
    send: (notification) => {
      sent.push(notification);
      return answer(notification);
    },
  };
}

describe('a reminder run for one tenant', () => {
  let world: ReminderWorld;
  beforeEach(async () => {
    world = await reminderWorld();
    await world.giveKudos('k-1');
  });
  afterEach(() => world.stores.close());

  async function runAt(...times: Date[]): Promise<ReminderRunSummary> {
    let summary = NOTHING;
    for (const time of times) {
      world.clock.at = time;
      summary = await runReminders(world.deps(), TENANT);
    }
    return summary;
  }

  /** Ana's notifications, oldest first, as `kind: text`. */
  async function anasFeed(): Promise<string[]> {
    const page = await listNotifications(world.stores.documents, TENANT, 'ana', { limit: 50 });
    return page.items.map((n) => `${n.kind}: ${n.text}`).reverse();
  }

  it.each<[string, Date[], Partial<ReminderRunSummary>, string[]]>([
    [
      'Monday 10:00 UTC: news before nudges, one per person per run',
      [monday()],
      { sent: 1, deferred: 2 },
      ['kudos_received: Bo gave you kudos for One team.'],
    ],
    ['the same run repeated sends nothing new', [monday(), monday()], {}, []],
    [
      'a run 20 minutes later sends nothing new either',
      [monday(), new Date(monday().getTime() + 20 * 60_000)],
      {},
      [],
    ],
    [
      'an hour later the next is due',
      [monday(), monday(1)],
      { sent: 1, deferred: 2 },
      ['check_in_due: Time to check in on “Goal g-ana-due”.'],
    ],
    [
      '13:00 UTC: the weekly cap (3) is reached, the rest waits for the digest',
      [monday(), monday(1), monday(2), monday(3)],
      { deferred: 2, outsideWorkingHours: 2 },
      [],
    ],
    [
      'Friday: the digest carries what went over the cap',
      [monday(), monday(1), monday(2), FRIDAY],
      { digests: 1 },
      ['digest: 2 more updates from Northstar this week.'],
    ],
    ['Saturday: nobody is at work', [SATURDAY], { outsideWorkingHours: 3 }, []],
    [
      '14:00 UTC: New York starts its day with its stale goal, Kolkata has ended its',
      [monday(), monday(1), monday(2), monday(4)],
      { sent: 1, deferred: 2, outsideWorkingHours: 1 },
      [],
    ],
  ])('%s', async (_label, times, summary, newForAna) => {
    const before = times.slice(0, -1);
    await runAt(...before);
    const seen = await anasFeed();
    await expect(runAt(...times.slice(-1))).resolves.toEqual({ ...NOTHING, ...summary });
    expect((await anasFeed()).slice(seen.length)).toEqual(newForAna);
  });

  it('sends the same plan once when two runs race', async () => {
    const notifier = countingNotifier();
    const runs = await Promise.all([
      runReminders(world.deps(notifier), TENANT),
      runReminders(world.deps(notifier), TENANT),
    ]);
    expect(runs.map((r) => r.sent).sort()).toEqual([0, 1]);
    expect(notifier.sent.map((n) => [n.recipientId, n.key])).toEqual([
      ['ana', 'kudos_received:k-1'],
    ]);
  });

  it('sends what failed again at the next run, and kudos only once announced', async () => {
    const down = countingNotifier(() =>
      Promise.reject(new DomainError('upstream_unavailable', 'down')),
    );
    world.clock.at = monday();
    await expect(runReminders(world.deps(down), TENANT)).resolves.toMatchObject({
      sent: 0,
      failures: 1,
    });
    await expect(runAt(monday(1), monday(2))).resolves.toMatchObject({ sent: 1 });
    expect(await anasFeed()).toEqual([
      'kudos_received: Bo gave you kudos for One team.',
      'check_in_due: Time to check in on “Goal g-ana-due”.',
    ]);
  });

  it('counts a recipient without the app as skipped and does not try again', async () => {
    const missing = countingNotifier(() =>
      Promise.resolve({ status: 'skipped', reason: 'not installed' }),
    );
    world.clock.at = monday();
    await expect(runReminders(world.deps(missing), TENANT)).resolves.toMatchObject({ skipped: 1 });
    world.clock.at = monday(1);
    await runReminders(world.deps(missing), TENANT);
    expect(missing.sent.map((n) => n.kind)).toEqual(['kudos_received', 'check_in_due']);
  });

  it('stops the run when the notifier is throttled, leaving the rest to the next run', async () => {
    const throttled = countingNotifier(() =>
      Promise.reject(new DomainError('throttled', 'slow down', { retryAfter: 60 })),
    );
    await runAt(monday(), monday(1), monday(2));
    world.clock.at = monday(4);
    const summary = await runReminders(world.deps(throttled), TENANT);
    expect(summary).toMatchObject({ sent: 0, failures: 1 });
    expect(throttled.sent).toHaveLength(1);
  });

  it('fills in the template parameters of each kind', async () => {
    const notifier = countingNotifier();
    for (const hours of [0, 1, 2]) {
      world.clock.at = monday(hours);
      await runReminders(world.deps(notifier), TENANT);
    }
    expect(notifier.sent.map((n) => [n.kind, n.parameters, n.goalId])).toEqual([
      ['kudos_received', { fromName: 'Bo', value: 'One team' }, undefined],
      ['check_in_due', { goalTitle: 'Goal g-ana-due' }, 'g-ana-due'],
      ['stale', { goalTitle: 'Goal g-ana-stale-1', days: '22' }, 'g-ana-stale-1'],
    ]);
  });
});
