import type { GoalSpec } from './demo-goal-spec.js';
import { SEED_TEAM_GOAL_ID as UPTIME } from './contoso-team-goals.js';
import { DEMO_EMPLOYEE_ID } from './demo-tenants.js';

/** `DEMO_EMPLOYEE_ID`'s private individual goal, aligned to `SEED_TEAM_GOAL_ID`. */
export const SEED_EMPLOYEE_GOAL_ID = 'g-arjun-failover';

const RELEASES = 'g-eng-weekly-releases';
const BUGS = 'g-eng-fewer-bugs';

/**
 * Engineering's individual and development goals. Includes the done goal (Kwame), an at-risk
 * one (Fatima) and an archived one (Wei).
 */
export const CONTOSO_ENGINEERING_GOALS: readonly GoalSpec[] = [
  {
    id: SEED_EMPLOYEE_GOAL_ID,
    title: 'Automate regional failover for the orders API',
    level: 'individual',
    ownerId: DEMO_EMPLOYEE_ID,
    parents: [[UPTIME, 100]],
    metric: ['failover drills', 0, 4],
    checkIns: [
      [24, 1, 7, 'First drill passed in staging.'],
      [10, 1.05, 8, 'Production drill passed in under ten minutes.'],
      [3, 1.1, 8, 'Runbook published; next drill booked.'],
    ],
  },
  {
    id: 'g-arjun-architect-cert',
    title: 'Earn the Azure Solutions Architect Expert certification',
    level: 'development',
    ownerId: DEMO_EMPLOYEE_ID,
    checkIns: [
      [15, 1, 7, 'Finished the networking module.'],
      [1, 1, 7, 'Practice exam passed; booked the real one.'],
    ],
  },
  {
    id: 'g-ananya-alerting',
    title: 'Cut noisy alerts from 300 to 100 per week',
    level: 'individual',
    ownerId: 'ananya-iyer',
    parents: [[UPTIME, 100]],
    metric: ['alerts/week', 300, 100],
    visibility: 'public',
    checkIns: [
      [20, 0.9, 6, 'Removed duplicate disk alerts.'],
      [6, 1, 7, 'Grouped flapping health checks.'],
    ],
  },
  {
    id: 'g-grady-slo-dashboards',
    title: 'Publish SLO dashboards for all 12 tier-1 services',
    level: 'individual',
    ownerId: 'grady-archie',
    parents: [[UPTIME, 100]],
    metric: ['services', 0, 12],
    checkIns: [
      [19, 1, 7, 'Template dashboard agreed with the service owners.'],
      [5, 1.1, 8, 'Most tier-1 services are live.'],
    ],
  },
  {
    id: 'g-wei-self-hosted-runners',
    title: 'Replace the build farm with self-hosted runners',
    level: 'individual',
    ownerId: 'wei-chen',
    parents: [[RELEASES, 100]],
    metric: ['%', 0, 100],
    archived: true,
    checkIns: [[25, 0.5, 4, 'Paused: we are moving to hosted runners instead.']],
  },
  {
    id: 'g-wei-build-time',
    title: 'Cut median CI build time from 25 to 10 minutes',
    level: 'individual',
    ownerId: 'wei-chen',
    parents: [[RELEASES, 100]],
    metric: ['minutes', 25, 10],
    checkIns: [
      [12, 1, 7, 'Test sharding across four agents.'],
      [4, 1, 7, 'Dependency cache restored between builds.'],
    ],
  },
  {
    id: 'g-fatima-db-upgrade',
    title: 'Upgrade all nine production databases to PostgreSQL 16',
    level: 'individual',
    ownerId: 'fatima-al-sayed',
    parents: [[UPTIME, 100]],
    metric: ['databases', 0, 9],
    checkIns: [
      [22, 1, 7, 'Reporting databases upgraded first.'],
      [8, 0.8, 4, 'Two extensions are not yet supported; vendor fix pending.'],
    ],
  },
  {
    id: 'g-johanna-feature-flags',
    title: 'Put every new feature behind a feature flag',
    level: 'individual',
    ownerId: 'johanna-lorenz',
    parents: [
      [RELEASES, 70],
      [BUGS, 30],
    ],
    visibility: 'public',
    checkIns: [
      [21, 1, 7, 'Flag service wired into the web app.'],
      [7, 1.1, 8, 'Mobile app next.'],
    ],
  },
  {
    id: 'g-lukas-bug-triage',
    title: 'Close 30 customer-reported bugs',
    level: 'individual',
    ownerId: 'lukas-schmidt',
    parents: [[BUGS, 100]],
    metric: ['bugs', 0, 30],
    checkIns: [
      [18, 1, 7, 'Started with the billing bugs.'],
      [4, 1, 7, 'Halfway through the export issues.'],
    ],
  },
  {
    id: 'g-sofia-accessibility',
    title: 'Fix all 42 WCAG 2.2 AA issues in the web app',
    level: 'individual',
    ownerId: 'sofia-rossi',
    parents: [[BUGS, 100]],
    metric: ['issues', 42, 0],
    checkIns: [
      [20, 0.9, 6, 'Colour contrast fixed across the app.'],
      [6, 1, 7, 'Keyboard traps removed from dialogs.'],
    ],
  },
  {
    id: 'g-sofia-meetup-talk',
    title: 'Give a talk at an external frontend meetup',
    level: 'development',
    ownerId: 'sofia-rossi',
    checkIns: [[13, 0.6, 6, 'Abstract submitted to the Berlin meetup.']],
  },
  {
    id: 'g-kwame-regression-suite',
    title: 'Automate the 120-test checkout regression suite',
    level: 'individual',
    ownerId: 'kwame-mensah',
    parents: [[RELEASES, 100]],
    metric: ['tests', 0, 120],
    checkIns: [
      [26, 1.1, 7, 'Payment flows automated.'],
      [12, 1.2, 8, 'Only the refund cases left.'],
      [2, 'done', 10, 'All 120 tests automated and running on every pull request.'],
    ],
  },
  {
    id: 'g-yuki-onboarding-flow',
    title: 'Redesign onboarding to lift activation from 40% to 55%',
    level: 'individual',
    ownerId: 'yuki-tanaka',
    parents: [
      ['g-mkt-insights-launch', 60],
      [BUGS, 40],
    ],
    metric: ['%', 40, 55],
    checkIns: [
      [17, 0.9, 6, 'New checklist in A/B test.'],
      [3, 1, 6, 'Checklist wins; rolling out to everyone.'],
    ],
  },
];
