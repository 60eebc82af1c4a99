import type { GoalSpec } from './demo-goal-spec.js';
import { SEED_COMPANY_GOAL_ID as RELIABILITY } from './contoso-company-goals.js';
import { DEMO_MANAGER_ID } from './demo-tenants.js';

/** The platform team's goal, owned by `DEMO_MANAGER_ID` and aligned to the reliability company goal. */
export const SEED_TEAM_GOAL_ID = 'g-eng-platform-uptime';

const REVENUE = 'g-co-revenue';
const NPS = 'g-co-nps';
const ENGAGEMENT = 'g-co-engagement';

/** Contoso's team goals: two or three per department, each aligned to one or two company goals. */
export const CONTOSO_TEAM_GOALS: readonly GoalSpec[] = [
  {
    id: SEED_TEAM_GOAL_ID,
    title: 'Make the core platform survive a zone outage',
    // No metric on purpose: an objective whose progress is rolled up from its team's goals.
    description: 'Zone-redundant storage, automated failover and fewer noisy alerts.',
    level: 'team',
    ownerId: DEMO_MANAGER_ID,
    parents: [
      [RELIABILITY, 70],
      [NPS, 30],
    ],
    checkIns: [
      [23, 1, 7, 'Orders API moved to zone-redundant storage.'],
      [9, 1.05, 8, 'No Sev1 incidents since the failover work.'],
      [2, 1.05, 8, 'Alert clean-up is under way.'],
    ],
  },
  {
    id: 'g-eng-weekly-releases',
    title: 'Ship to production every week instead of every month',
    level: 'team',
    ownerId: 'tomas-novak',
    parents: [
      [NPS, 60],
      [REVENUE, 40],
    ],
    metric: ['releases/month', 1, 4, 1],
    checkIns: [
      [22, 0.9, 6, 'Release train started; the first one slipped by two days.'],
      [8, 1, 7, 'Regression suite now runs on every pull request.'],
    ],
  },
  {
    id: 'g-eng-fewer-bugs',
    title: 'Cut open customer-reported bugs from 120 to 70',
    level: 'team',
    ownerId: 'lee-gu',
    parents: [[NPS, 100]],
    metric: ['bugs', 120, 70],
    checkIns: [
      [21, 0.9, 6, 'Bug bash week closed the easy ones.'],
      [7, 0.85, 6, 'Inflow is still high after the last release.'],
    ],
  },
  {
    id: 'g-sales-na-bookings',
    title: 'Close $3.2M of new North America bookings',
    level: 'team',
    ownerId: 'lidia-holloway',
    parents: [[REVENUE, 100]],
    metric: ['M USD', 0, 3.2, 1],
    checkIns: [
      [20, 1, 7, 'Two mid-market deals signed.'],
      [6, 1.1, 8, 'Enterprise pipeline is converting well.'],
    ],
  },
  {
    id: 'g-sales-emea-pipeline',
    title: 'Build $6M of qualified EMEA pipeline',
    level: 'team',
    ownerId: 'oliver-hughes',
    parents: [[REVENUE, 100]],
    metric: ['M USD', 0, 6, 1],
    checkIns: [
      [19, 0.7, 5, 'Slow start after the summer.'],
      [5, 0.55, 3, 'Two large opportunities slipped to next quarter.'],
    ],
  },
  {
    id: 'g-sales-renewals',
    title: 'Keep the gross renewal rate at or above 92%',
    level: 'team',
    ownerId: 'diego-siciliani',
    parents: [
      [REVENUE, 70],
      [NPS, 30],
    ],
    metric: ['%', 88, 92, 1],
    checkIns: [
      [18, 1, 7, 'Renewal calls booked for every account due this quarter.'],
      [4, 1, 7, 'One churn risk saved with a product roadmap session.'],
    ],
  },
  {
    id: 'g-mkt-mql',
    title: 'Generate 1,800 marketing-qualified leads',
    level: 'team',
    ownerId: 'alex-wilber',
    parents: [[REVENUE, 100]],
    metric: ['MQLs', 0, 1800],
    checkIns: [
      [17, 1.05, 7, 'Webinar series is the top source so far.'],
      [3, 1.15, 8, 'Ahead of plan thanks to the case studies.'],
    ],
  },
  {
    id: 'g-mkt-insights-launch',
    title: 'Launch Contoso Insights to 500 customers',
    level: 'team',
    ownerId: 'nestor-wilke',
    parents: [
      [REVENUE, 50],
      [NPS, 50],
    ],
    metric: ['customers', 0, 500],
    checkIns: [
      [16, 0.8, 6, 'Early-access customers are live.'],
      [2, 0.9, 6, 'General availability announced; adoption ramping.'],
    ],
  },
  {
    id: 'g-ops-pulse-participation',
    title: 'Reach 85% participation in pulse surveys',
    level: 'team',
    ownerId: 'lynne-robbins',
    parents: [[ENGAGEMENT, 100]],
    metric: ['%', 60, 85],
    checkIns: [
      [15, 1, 7, 'Shorter survey lifted responses.'],
      [1, 1.05, 8, 'Managers now share results with their teams.'],
    ],
  },
  {
    id: 'g-ops-time-to-hire',
    title: 'Cut median time to hire from 48 to 35 days',
    level: 'team',
    ownerId: 'henrietta-mueller',
    parents: [
      [ENGAGEMENT, 60],
      [REVENUE, 40],
    ],
    metric: ['days', 48, 35],
    checkIns: [
      [14, 0.9, 6, 'Interview loops trimmed to four sessions.'],
      [5, 1, 7, 'Offer approval now takes one day.'],
    ],
  },
  {
    id: 'g-ops-passwordless',
    title: 'Move every employee to passwordless sign-in',
    level: 'team',
    ownerId: 'pradeep-gupta',
    parents: [
      [RELIABILITY, 50],
      [ENGAGEMENT, 50],
    ],
    metric: ['%', 0, 100],
    checkIns: [
      [13, 1.1, 8, 'Engineering and Sales enrolled.'],
      [6, 1.15, 8, 'Marketing done; remaining teams booked.'],
    ],
  },
];
