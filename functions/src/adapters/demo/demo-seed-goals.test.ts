import {
  CheckInSchema,
  GoalSchema,
  deriveStatus,
  ownProgress,
  type Goal,
  type GoalStatus,
} from '@northstar/shared';
import {
  demoGoals,
  demoSettings,
  SEED_COMPANY_GOAL_ID,
  SEED_EMPLOYEE_GOAL_ID,
  SEED_TEAM_GOAL_ID,
} from './demo-seed.js';
import {
  CONTOSO_TENANT_ID,
  DEMO_CEO_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  FABRIKAM_TENANT_ID,
  demoTenants,
} from './demo-tenants.js';

const NOW = new Date('2026-11-27T10:00:00.000Z');
// Early, middle and late in a quarter, and across a fiscal-year boundary.
const NOWS = [
  '2026-10-02T08:00:00Z',
  '2026-11-27T10:00:00Z',
  '2026-12-30T18:00:00Z',
  '2027-06-29T12:00:00Z',
  '2027-07-03T12:00:00Z',
];
const TENANTS = [CONTOSO_TENANT_ID, FABRIKAM_TENANT_ID];

function goalsOf(tenantId: string, now = NOW): Goal[] {
  return demoGoals(tenantId, now).map(({ goal }) => ({ ...goal, etag: '1' }));
}

function hasCycle(goals: Goal[]): boolean {
  const parents = new Map(goals.map((g) => [g.id, g.parentIds.map((p) => p.goalId)]));
  const reaches = (from: string, target: string, seen: Set<string>): boolean =>
    (parents.get(from) ?? []).some(
      (p) => p === target || (!seen.has(p) && reaches(p, target, seen.add(p))),
    );
  return goals.some((g) => reaches(g.id, g.id, new Set()));
}

function statusOf(goal: Goal, now: Date): GoalStatus {
  const { checkInCadenceDays } = demoSettings(goal.tenantId, now);
  return deriveStatus({ ...goal, progress: ownProgress(goal) ?? 0 }, now, checkInCadenceDays);
}

describe.each(TENANTS)('demo goals of tenant %s', (tenantId) => {
  const seeds = demoGoals(tenantId, NOW);
  const goals = goalsOf(tenantId);
  const people = new Set(
    demoTenants()
      .find((t) => t.id === tenantId)!
      .people.map((p) => p.id),
  );
  const currentPeriod = demoSettings(tenantId, NOW).periods[1]!;

  it('every goal passes GoalSchema and every check-in CheckInSchema', () => {
    for (const goal of goals) expect(GoalSchema.parse(goal)).toEqual(goal);
    for (const checkIn of seeds.flatMap((s) => s.checkIns)) {
      expect(CheckInSchema.parse(checkIn)).toEqual(checkIn);
    }
  });

  it('ids are unique and everything stays in the tenant and its current period', () => {
    const checkIns = seeds.flatMap((s) => s.checkIns);
    expect(new Set(goals.map((g) => g.id)).size).toBe(goals.length);
    expect(new Set(checkIns.map((c) => c.id)).size).toBe(checkIns.length);
    for (const goal of goals) {
      expect([goal.tenantId, goal.periodId]).toEqual([tenantId, currentPeriod.id]);
      expect([goal.startDate, goal.dueDate]).toEqual([
        currentPeriod.startDate,
        currentPeriod.endDate,
      ]);
      expect([people.has(goal.ownerId), people.has(goal.createdBy)]).toEqual([true, true]);
    }
    for (const c of checkIns)
      expect([c.tenantId, people.has(c.authorId)]).toEqual([tenantId, true]);
  });

  it('every parent exists in the same tenant and comes first; there are no cycles', () => {
    const seen = new Set<string>();
    for (const goal of goals) {
      for (const { goalId } of goal.parentIds) expect(seen).toContain(goalId);
      seen.add(goal.id);
    }
    expect(hasCycle(goals)).toBe(false);
  });

  it.each(NOWS)('at %s each goal carries its latest check-in, dated in its life', (instant) => {
    const now = new Date(instant);
    for (const { goal, checkIns } of demoGoals(tenantId, now)) {
      const latest = checkIns.at(-1)!;
      expect(checkIns.map((c) => c.goalId)).toEqual(checkIns.map(() => goal.id));
      expect([goal.current, goal.lastCheckInAt, goal.lastConfidence]).toEqual([
        latest.value,
        latest.createdAt,
        latest.confidence,
      ]);
      expect(goal.updatedAt).toBe(latest.createdAt);
      expect(checkIns[0]!.createdAt > goal.createdAt).toBe(true);
      expect(Date.parse(latest.createdAt)).toBeLessThanOrEqual(now.getTime());
    }
  });
});

describe('Contoso demo goals', () => {
  const goals = goalsOf(CONTOSO_TENANT_ID);
  const byId = new Map(goals.map((g) => [g.id, g]));
  const count = (test: (g: Goal) => boolean) => goals.filter(test).length;

  it('has company goals by the CEO, team goals and individual goals', () => {
    const company = goals.filter((g) => g.level === 'company');
    expect(company.length).toBeGreaterThanOrEqual(3);
    expect(company.every((g) => g.ownerId === DEMO_CEO_ID && g.metric !== null)).toBe(true);
    expect(count((g) => g.level === 'team')).toBeGreaterThanOrEqual(8);
    expect(count((g) => g.level === 'team' && g.parentIds.length === 2)).toBeGreaterThan(0);
    expect(count((g) => g.level === 'individual')).toBeGreaterThanOrEqual(20);
    expect(count((g) => g.level === 'development')).toBeGreaterThanOrEqual(1);
  });

  it('has private and public individual goals, one orphan and one archived goal', () => {
    const individual = goals.filter((g) => g.level === 'individual');
    expect(individual.filter((g) => g.visibility === 'public').length).toBeGreaterThan(0);
    expect(individual.filter((g) => g.visibility === 'private').length).toBeGreaterThan(
      individual.length / 2,
    );
    expect(count((g) => g.level === 'individual' && g.parentIds.length === 0)).toBe(1);
    expect(count((g) => g.state === 'archived')).toBe(1);
  });

  it('the named seed goals line up with the named people', () => {
    expect(byId.get(SEED_COMPANY_GOAL_ID)).toMatchObject({
      level: 'company',
      ownerId: DEMO_CEO_ID,
    });
    expect(byId.get(SEED_TEAM_GOAL_ID)).toMatchObject({ level: 'team', ownerId: DEMO_MANAGER_ID });
    expect(byId.get(SEED_TEAM_GOAL_ID)?.parentIds.map((p) => p.goalId)).toContain(
      SEED_COMPANY_GOAL_ID,
    );
    expect(byId.get(SEED_EMPLOYEE_GOAL_ID)).toMatchObject({
      level: 'individual',
      ownerId: DEMO_EMPLOYEE_ID,
      visibility: 'private',
      parentIds: [{ goalId: SEED_TEAM_GOAL_ID, weight: 100 }],
    });
  });

  it.each(NOWS)(
    'at %s shows every status: on track, at risk, off track, stale, done',
    (instant) => {
      const now = new Date(instant);
      const active = goalsOf(CONTOSO_TENANT_ID, now).filter((g) => g.state === 'active');
      const statuses = active.map((g) => statusOf(g, now));
      const tally = (s: GoalStatus) => statuses.filter((x) => x === s).length;

      expect(tally('done')).toBe(1);
      expect(tally('stale')).toBe(2);
      expect(tally('at_risk')).toBeGreaterThanOrEqual(3);
      expect(tally('off_track')).toBeGreaterThanOrEqual(2);
      expect(tally('on_track')).toBeGreaterThan(statuses.length / 2);
    },
  );

  it('no owner has more active goals than the tenant allows', () => {
    const { maxActiveGoalsPerOwner } = demoSettings(CONTOSO_TENANT_ID, NOW);
    const owners = goals.filter((g) => g.state === 'active').map((g) => g.ownerId);
    for (const owner of new Set(owners)) {
      expect(owners.filter((o) => o === owner).length).toBeLessThanOrEqual(maxActiveGoalsPerOwner);
    }
  });
});
