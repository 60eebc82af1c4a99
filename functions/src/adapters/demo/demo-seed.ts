import type { TenantSettings } from '@northstar/shared';
import { DomainError } from '../../ports/errors.js';
import type { Stores } from '../../ports/stores.js';
import { CONTOSO_COMPANY_GOALS } from './contoso-company-goals.js';
import { CONTOSO_ENGINEERING_GOALS } from './contoso-engineering-goals.js';
import { CONTOSO_MARKETING_OPS_GOALS } from './contoso-marketing-ops-goals.js';
import { CONTOSO_SALES_GOALS } from './contoso-sales-goals.js';
import { CONTOSO_TEAM_GOALS } from './contoso-team-goals.js';
import { buildSeedGoal, type GoalSpec, type SeedGoal } from './demo-goal-spec.js';
import { demoCompanyValues, seedDemoKudos } from './demo-seed-kudos.js';
import { seedDemoOneOnOnes } from './demo-seed-one-on-ones.js';
import { seedDemoReviews } from './demo-seed-reviews.js';
import { fiscalQuarter } from '@northstar/shared';
import {
  CONTOSO_TENANT_ID,
  FABRIKAM_CEO_ID,
  FABRIKAM_PERSON_ID,
  FABRIKAM_TENANT_ID,
  demoTenants,
  type DemoTenant,
} from './demo-tenants.js';

export { SEED_COMPANY_GOAL_ID } from './contoso-company-goals.js';
export { SEED_TEAM_GOAL_ID } from './contoso-team-goals.js';
export { SEED_EMPLOYEE_GOAL_ID } from './contoso-engineering-goals.js';
export { SEED_SERIES_ID } from './demo-seed-one-on-ones.js';
export { SEED_CLOSED_CYCLE_ID, SEED_OPEN_CYCLE_ID } from './demo-seed-reviews.js';

const FABRIKAM_GOALS: readonly GoalSpec[] = [
  {
    id: 'g-fab-lisbon-hub',
    title: 'Open the Lisbon distribution hub',
    description: 'Lease signed, racking installed, first shipment out.',
    level: 'company',
    ownerId: FABRIKAM_CEO_ID,
    checkIns: [[12, 1, 7, 'Lease signed; racking arrives next month.']],
  },
  {
    id: 'g-fab-route-planning',
    title: 'Cut average delivery route length from 180 km to 150 km',
    level: 'team',
    ownerId: FABRIKAM_PERSON_ID,
    parents: [['g-fab-lisbon-hub', 100]],
    metric: ['km', 180, 150],
    checkIns: [[5, 1, 6, 'New routing rules live in two regions.']],
  },
];

/** Parents come before their children, so every write finds its parents in place. */
function goalSpecs(tenantId: string): readonly GoalSpec[] {
  if (tenantId === FABRIKAM_TENANT_ID) return FABRIKAM_GOALS;
  if (tenantId !== CONTOSO_TENANT_ID) return [];
  return [
    ...CONTOSO_COMPANY_GOALS,
    ...CONTOSO_TEAM_GOALS,
    ...CONTOSO_ENGINEERING_GOALS,
    ...CONTOSO_SALES_GOALS,
    ...CONTOSO_MARKETING_OPS_GOALS,
  ];
}

function demoTenant(tenantId: string): DemoTenant {
  const tenant = demoTenants().find((t) => t.id === tenantId);
  if (!tenant) throw new DomainError('not_found', `${tenantId} is not a demo tenant`);
  return tenant;
}

/**
 * Settings of a demo tenant: the fiscal quarters before, containing and after `now` (fiscal
 * year from 1 July), a 14-day check-in cadence, at most 5 active goals per owner, the tenant's
 * admins and an anonymity threshold of 5. Throws `not_found` for a tenant that is not a demo one.
 */
export function demoSettings(tenantId: string, now: Date): TenantSettings {
  const tenant = demoTenant(tenantId);
  return {
    tenantId,
    name: tenant.name,
    periods: [fiscalQuarter(now, -1), fiscalQuarter(now), fiscalQuarter(now, 1)],
    checkInCadenceDays: 14,
    maxActiveGoalsPerOwner: 5,
    adminIds: [...tenant.adminIds],
    anonymityThreshold: 5,
    companyValues: demoCompanyValues(tenantId),
  };
}

/** The demo goals and check-ins of a tenant in the quarter that contains `now`. */
export function demoGoals(tenantId: string, now: Date): SeedGoal[] {
  const context = { tenantId, period: fiscalQuarter(now), now };
  return goalSpecs(tenantId).map((spec) => buildSeedGoal(spec, context));
}

/**
 * Seeds a FAKE demo tenant (local runs and tests) into an empty store: settings, then goals
 * (parents first), then check-ins, then (Contoso only) the review cycles with their reviews,
 * kudos and a 1:1 series, all dated relative to `now`. Does nothing and returns
 * `{ seeded: false }` when the tenant already has goals. Throws `not_found` for a tenant that is
 * not a demo one.
 */
export async function seedDemoTenant(
  stores: Stores,
  tenantId: string,
  now: Date,
): Promise<{ seeded: boolean }> {
  const settings = demoSettings(tenantId, now);
  if ((await stores.goals.count(tenantId)) > 0) return { seeded: false };
  await stores.settings.put(settings);
  const seeds = demoGoals(tenantId, now);
  for (const { goal } of seeds) await stores.goals.create(goal);
  for (const checkIn of seeds.flatMap((seed) => seed.checkIns)) {
    await stores.checkIns.add(checkIn);
  }
  await seedDemoReviews(stores, tenantId, now);
  await seedDemoKudos(stores, tenantId, now);
  await seedDemoOneOnOnes(
    stores,
    tenantId,
    now,
    seeds.map((seed) => seed.goal),
  );
  return { seeded: true };
}
