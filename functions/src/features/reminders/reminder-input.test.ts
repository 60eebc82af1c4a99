import type { Goal, Review } from '@northstar/shared';
import { testGoal } from '../../../../shared/src/domain/test-goal.js';
import {
  submitted,
  testCycle,
  testReview,
} from '../../../../shared/src/domain/reviews/test-review.js';
import type { KudosAnnouncement } from '../notifications/notification-documents.js';
import { kudosEvent, pendingAnnouncements } from './kudos-announcements.js';
import { gatherReminders } from './reminder-input.js';
import { reminderGoals } from './reminder-goals.js';
import { runReminders } from './reminder-job.js';
import { reminderWorld, TENANT } from '../../../../test/support/reminder-world.js';
import { cycleStepEvents } from './review-step-events.js';

const NOW = new Date('2026-11-23T10:00:00Z');

describe('the goals a run may nudge about', () => {
  const at = (overrides: Partial<Goal>, progress = 0) => {
    const goal = testGoal({
      id: 'g',
      startDate: '2026-10-01',
      dueDate: '2026-12-31',
      ...overrides,
    });
    return reminderGoals({ goals: [goal], progress: new Map([['g', progress]]) }, NOW, 7);
  };

  it.each<[string, Partial<Goal>, number, boolean]>([
    ['an active goal in its period', {}, 0.4, true],
    ['a goal due today', { dueDate: '2026-11-23' }, 0, true],
    ['an archived goal', { state: 'archived' }, 0, false],
    ['a done goal', {}, 1, false],
    ['a goal past its due date', { dueDate: '2026-11-22' }, 0, false],
    ['a goal that starts tomorrow', { startDate: '2026-11-24' }, 0, false],
  ])('%s: %s', (_label, overrides, progress, nudged) => {
    expect(at(overrides, progress).map((g) => g.id)).toEqual(nudged ? ['g'] : []);
  });
});

describe('kudos events', () => {
  const announcement: KudosAnnouncement = {
    id: 'announce-1',
    tenantId: TENANT,
    recipientId: 'ana',
    kind: 'kudosAnnouncement',
    kudosId: 'k-1',
    fromName: 'Bo',
    value: 'One team',
    goalId: 'g',
    at: '2026-11-22T18:00:00.000Z',
    announced: false,
    createdAt: '2026-11-22T18:00:00.000Z',
    updatedAt: '2026-11-22T18:00:00.000Z',
    etag: '1',
  };
  const eventFor = (goal: Partial<Goal> | null, adminIds: string[] = []) => {
    const goals = new Map(goal ? [['g', testGoal({ id: 'g', ownerId: 'zoe', ...goal })]] : []);
    return kudosEvent(announcement, goals, { adminIds });
  };

  it.each<[string, Partial<Goal> | null, string[], boolean]>([
    ['a team goal', { level: 'team' }, [], true],
    ['a public goal of someone else', { visibility: 'public' }, [], true],
    ['her own private goal', { ownerId: 'ana' }, [], true],
    ['someone else’s private goal', {}, [], false],
    ['someone else’s private goal, to an admin', {}, ['ana'], true],
    ['an archived goal', { level: 'team', state: 'archived' }, [], false],
    ['a goal that is gone', null, [], false],
  ])('name %s: %s', (_label, goal, admins, named) => {
    expect(eventFor(goal, admins)).toEqual({
      kind: 'kudos_received',
      id: 'k-1',
      personId: 'ana',
      at: announcement.at,
      fromName: 'Bo',
      value: 'One team',
      ...(named ? { goalId: 'g' } : {}),
    });
  });
});

describe('review steps due', () => {
  const cycle = testCycle();
  const reviews: Review[] = [
    testReview({ id: 'r1', revieweeId: 'ann', reviewerId: 'mia' }),
    testReview({ id: 'r2', revieweeId: 'max', reviewerId: 'mia', self: submitted() }),
    testReview({ id: 'r3', revieweeId: 'lea', reviewerId: 'tom', manager: submitted() }),
  ];
  const steps = (now: string, which = reviews) =>
    cycleStepEvents(cycle, which, new Date(now)).map(
      (e) => `${e.personId}: ${e.step} by ${e.dueDate}`,
    );

  it.each<[string, string, Review[], string[]]>([
    [
      'self review: those who have not submitted',
      '2026-11-12T09:00:00Z',
      reviews,
      [
        'ann: Your self review for H2 2026 by 2026-11-14',
        'lea: Your self review for H2 2026 by 2026-11-14',
      ],
    ],
    [
      'manager review: once per reviewer still writing',
      '2026-11-26T09:00:00Z',
      reviews,
      ['mia: Writing your team’s reviews for H2 2026 by 2026-11-28'],
    ],
    [
      'released: each reviewee acknowledges',
      '2026-12-02T09:00:00Z',
      [
        testReview({ id: 'r1', manager: submitted() }),
        testReview({
          id: 'r2',
          revieweeId: 'max',
          manager: submitted(),
          acknowledgedAt: '2026-12-01T10:00:00.000Z',
        }),
      ],
      ['ann: Acknowledging your review for H2 2026 by 2026-12-08'],
    ],
    ['no reviews, nothing owed', '2026-11-12T09:00:00Z', [], []],
  ])('%s', (_label, now, which, expected) => {
    expect(steps(now, which)).toEqual(expected);
  });

  it.each<[string, 'draft' | 'closed']>([
    ['a draft cycle', 'draft'],
    ['a closed cycle', 'closed'],
  ])('%s owes nothing', (_label, state) => {
    const at = new Date('2026-11-12T09:00:00Z');
    expect(cycleStepEvents(testCycle({ state }), reviews, at)).toEqual([]);
  });

  it('keys each step stably', () => {
    expect(cycleStepEvents(cycle, reviews, new Date('2026-11-26T09:00:00Z'))).toEqual([
      expect.objectContaining({ id: 'manager-c1-mia', kind: 'review_step_due' }),
    ]);
  });
});

describe('gathering one tenant’s input', () => {
  it('plans for goal owners and event receivers, with their latest check-in and week', async () => {
    const world = await reminderWorld();
    await world.giveKudos('k-1');
    const gathered = await gatherReminders(world.deps(), TENANT, NOW);
    expect(gathered.input.people.map((p) => [p.id, p.lastUpdateAt])).toEqual([
      ['ana', '2026-11-13T09:00:00.000Z'],
      ['kai', '2026-10-20T09:00:00.000Z'],
      ['raj', '2026-11-22T12:00:00.000Z'],
      ['sam', '2026-10-20T09:00:00.000Z'],
    ]);
    expect(gathered.input.goals.map((g) => g.id)).not.toContain('g-ana-done');
    expect(gathered.input.history).toEqual([
      { personId: 'ana', weekStart: '2026-11-23', sentCount: 0, sentKeys: [] },
      { personId: 'raj', weekStart: '2026-11-23', sentCount: 0, sentKeys: [] },
    ]);
    expect([...gathered.events.keys()]).toEqual(['kudos_received:k-1']);
    expect(gathered).toMatchObject({ considered: 4, outsideWorkingHours: 1 });
    await world.stores.close();
  });

  it('stops announcing kudos once delivered', async () => {
    const world = await reminderWorld();
    await world.giveKudos('k-1');
    await world.giveKudos('k-1');
    await expect(pendingAnnouncements(world.stores.documents, TENANT)).resolves.toHaveLength(1);
    await runReminders(world.deps(), TENANT);
    await expect(pendingAnnouncements(world.stores.documents, TENANT)).resolves.toEqual([]);
    await world.stores.close();
  });
});
