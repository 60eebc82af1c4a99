import type { GoalSpec } from './demo-goal-spec.js';
import { DEMO_UNRELATED_ID } from './demo-tenants.js';

const NA_BOOKINGS = 'g-sales-na-bookings';
const EMEA_PIPELINE = 'g-sales-emea-pipeline';

/**
 * Sales' individual goals. Includes the orphan (Jamal's CRM clean-up, aligned to nothing), a
 * stale one (Henrik, last check-in three weeks ago) and an at-risk one (Amelia).
 */
export const CONTOSO_SALES_GOALS: readonly GoalSpec[] = [
  {
    id: 'g-isaiah-enterprise-deals',
    title: 'Close five enterprise deals over $250k',
    level: 'individual',
    ownerId: DEMO_UNRELATED_ID,
    parents: [[NA_BOOKINGS, 100]],
    metric: ['deals', 0, 5],
    checkIns: [
      [20, 0.8, 6, 'Three proposals out.'],
      [6, 1, 7, 'Northwind signed; two in procurement.'],
    ],
  },
  {
    id: 'g-maria-west-coast',
    title: 'Book $900k of new business on the West Coast',
    level: 'individual',
    ownerId: 'maria-gonzalez',
    parents: [[NA_BOOKINGS, 100]],
    metric: ['k USD', 0, 900],
    visibility: 'public',
    checkIns: [
      [19, 1, 7, 'First two logos closed.'],
      [5, 1.15, 8, 'Healthcare vertical is taking off.'],
    ],
  },
  {
    id: 'g-jamal-meetings',
    title: 'Book 60 qualified discovery meetings',
    level: 'individual',
    ownerId: 'jamal-washington',
    parents: [[NA_BOOKINGS, 100]],
    metric: ['meetings', 0, 60],
    checkIns: [
      [15, 1, 7, 'New email sequence is working.'],
      [1, 1, 7, 'On pace for the quarter.'],
    ],
  },
  {
    id: 'g-jamal-crm-cleanup',
    title: 'Close out 240 stale opportunities in the CRM',
    level: 'individual',
    ownerId: 'jamal-washington',
    metric: ['opportunities', 240, 0],
    checkIns: [
      [16, 1.1, 7, 'Closed everything older than a year.'],
      [2, 1.2, 8, 'Owners confirmed the rest.'],
    ],
  },
  {
    id: 'g-emily-expansion',
    title: 'Expand 10 existing accounts to the Insights add-on',
    level: 'individual',
    ownerId: 'emily-nguyen',
    parents: [
      ['g-sales-renewals', 50],
      ['g-mkt-insights-launch', 50],
    ],
    metric: ['accounts', 0, 10],
    checkIns: [
      [18, 0.8, 6, 'First upsell signed.'],
      [4, 0.9, 6, 'Pricing questions slow the rest down.'],
    ],
  },
  {
    id: 'g-amelia-uk-pipeline',
    title: 'Source $2M of UK pipeline',
    level: 'individual',
    ownerId: 'amelia-clarke',
    parents: [[EMEA_PIPELINE, 100]],
    metric: ['M USD', 0, 2, 2],
    checkIns: [
      [17, 0.6, 5, 'Event leads are slow to qualify.'],
      [3, 0.5, 3, 'Two accounts paused buying until the new fiscal year.'],
    ],
  },
  {
    id: 'g-henrik-dach-partners',
    title: 'Sign two reseller partners in the DACH region',
    level: 'individual',
    ownerId: 'henrik-larsen',
    parents: [[EMEA_PIPELINE, 100]],
    metric: ['partners', 0, 2],
    checkIns: [
      [30, 0.5, 6, 'Shortlist of five resellers.'],
      [20, 1, 7, 'First partner signed; second in legal review.'],
    ],
  },
  {
    id: 'g-nadia-demo-environments',
    title: 'Build demo environments for five industries',
    level: 'individual',
    ownerId: 'nadia-petrova',
    parents: [
      [EMEA_PIPELINE, 60],
      ['g-mkt-insights-launch', 40],
    ],
    metric: ['demos', 0, 5],
    checkIns: [
      [16, 1, 7, 'Manufacturing demo ready.'],
      [2, 1.1, 8, 'Retail and healthcare demos done.'],
    ],
  },
];
