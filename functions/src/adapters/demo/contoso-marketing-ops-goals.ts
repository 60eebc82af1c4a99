import type { GoalSpec } from './demo-goal-spec.js';

const MQL = 'g-mkt-mql';
const LAUNCH = 'g-mkt-insights-launch';

/**
 * Marketing's and People & Operations' individual goals. Includes at-risk goals (Sam, Daniel)
 * and a stale one (Gabriel, last check-in over three weeks ago).
 */
export const CONTOSO_MARKETING_OPS_GOALS: readonly GoalSpec[] = [
  {
    id: 'g-rahul-case-studies',
    title: 'Publish six customer case studies',
    level: 'individual',
    ownerId: 'rahul-verma',
    parents: [[MQL, 100]],
    metric: ['case studies', 0, 6],
    visibility: 'public',
    checkIns: [
      [18, 1, 7, 'Fourth Coffee story published.'],
      [4, 1, 7, 'Two more in customer review.'],
    ],
  },
  {
    id: 'g-chloe-webinars',
    title: 'Run four webinars with 300 or more registrations each',
    level: 'individual',
    ownerId: 'chloe-dubois',
    parents: [[MQL, 100]],
    metric: ['webinars', 0, 4],
    checkIns: [
      [17, 1, 7, 'First webinar: 340 registrations.'],
      [3, 1, 7, 'Second one also beat the target.'],
    ],
  },
  {
    id: 'g-sam-paid-search',
    title: 'Lower paid search cost per lead from $95 to $70',
    level: 'individual',
    ownerId: 'sam-oconnor',
    parents: [[MQL, 100]],
    metric: ['USD', 95, 70],
    checkIns: [
      [16, 0.8, 5, 'Paused the broad-match campaigns.'],
      [2, 0.7, 4, 'Costs per click rose after a competitor entered; testing new keywords.'],
    ],
  },
  {
    id: 'g-aisha-launch-kit',
    title: 'Ship the Insights launch kit for the sales team',
    level: 'individual',
    ownerId: 'aisha-bello',
    parents: [[LAUNCH, 100]],
    checkIns: [
      [15, 1, 7, 'Pitch deck and battle card drafted.'],
      [1, 1.1, 8, 'Demo script recorded; FAQ in review.'],
    ],
  },
  {
    id: 'g-mei-brand-refresh',
    title: 'Move all 40 templates to the refreshed brand',
    level: 'individual',
    ownerId: 'mei-lin',
    parents: [[LAUNCH, 100]],
    metric: ['templates', 0, 40],
    checkIns: [
      [14, 1, 7, 'Slide and document templates done.'],
      [5, 1, 7, 'Email templates next.'],
    ],
  },
  {
    id: 'g-joni-onboarding',
    title: 'Cut new-hire onboarding tasks from 35 to 20',
    level: 'individual',
    ownerId: 'joni-sherman',
    parents: [['g-ops-pulse-participation', 100]],
    metric: ['tasks', 35, 20],
    checkIns: [
      [19, 1, 7, 'Merged the IT and HR checklists.'],
      [5, 1, 7, 'Laptop set-up is now automated.'],
    ],
  },
  {
    id: 'g-daniel-engineering-hires',
    title: 'Fill eight open engineering roles',
    level: 'individual',
    ownerId: 'daniel-kim',
    parents: [['g-ops-time-to-hire', 100]],
    metric: ['hires', 0, 8],
    checkIns: [
      [20, 0.6, 4, 'Pipeline is thin for senior roles.'],
      [6, 0.5, 2, 'Offer acceptance is low; reviewing salary bands with finance.'],
    ],
  },
  {
    id: 'g-kavya-passwordless-laptops',
    title: 'Enrol every laptop in passwordless sign-in',
    level: 'individual',
    ownerId: 'kavya-nair',
    parents: [['g-ops-passwordless', 100]],
    metric: ['%', 0, 100],
    checkIns: [
      [21, 1, 7, 'Windows laptops enrolled.'],
      [7, 1.1, 8, 'Mac enrolment script tested.'],
    ],
  },
  {
    id: 'g-gabriel-office-satisfaction',
    title: 'Lift London office satisfaction from 3.4 to 4.2',
    level: 'individual',
    ownerId: 'gabriel-santos',
    parents: [['g-ops-pulse-participation', 100]],
    metric: ['score', 3.4, 4.2, 1],
    checkIns: [
      [32, 1, 6, 'Quiet room opened.'],
      [24, 1, 7, 'New meeting rooms open; survey next month.'],
    ],
  },
];
