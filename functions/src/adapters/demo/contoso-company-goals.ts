import type { GoalSpec } from './demo-goal-spec.js';
import { DEMO_CEO_ID } from './demo-tenants.js';

/** Contoso's company goal "Raise platform availability", owned by the CEO. */
export const SEED_COMPANY_GOAL_ID = 'g-co-reliability';

const REVENUE = 'g-co-revenue';
const NPS = 'g-co-nps';
const ENGAGEMENT = 'g-co-engagement';

/** Contoso's company goals, owned by the CEO. */
export const CONTOSO_COMPANY_GOALS: readonly GoalSpec[] = [
  {
    id: REVENUE,
    title: 'Grow annual recurring revenue from $40M to $48M',
    description: 'New bookings, renewals and the Insights add-on together.',
    level: 'company',
    ownerId: DEMO_CEO_ID,
    metric: ['M USD', 40, 48, 1],
    checkIns: [
      [27, 1, 7, 'Start-of-quarter renewals landed as forecast.'],
      [13, 1.05, 7, 'Two enterprise deals closed early.'],
      [3, 0.95, 6, 'EMEA pipeline is thin; watching it closely.'],
    ],
  },
  {
    id: SEED_COMPANY_GOAL_ID,
    title: 'Raise platform availability from 99.80% to 99.95%',
    description: 'Measured monthly across all customer-facing services.',
    level: 'company',
    ownerId: DEMO_CEO_ID,
    metric: ['%', 99.8, 99.95, 2],
    checkIns: [
      [26, 1, 7, 'One storage incident early in the month.'],
      [12, 1.05, 8, 'Failover drills are paying off.'],
      [2, 1.05, 8, 'No major incidents for three weeks.'],
    ],
  },
  {
    id: NPS,
    title: 'Lift customer NPS from 32 to 45',
    description: 'Quarterly relationship survey of all paying customers.',
    level: 'company',
    ownerId: DEMO_CEO_ID,
    metric: ['NPS', 32, 45],
    checkIns: [
      [25, 0.9, 6, 'The first survey wave is in.'],
      [11, 1, 7, 'Detractors mention bugs less often.'],
      [4, 1, 7, 'Onboarding changes are helping.'],
    ],
  },
  {
    id: ENGAGEMENT,
    title: 'Raise employee engagement from 72 to 80',
    description: 'Engagement index from the pulse survey.',
    level: 'company',
    ownerId: DEMO_CEO_ID,
    metric: ['score', 72, 80, 1],
    checkIns: [
      [24, 1, 7, 'Baseline confirmed by the first pulse.'],
      [10, 1, 7, 'Managers held their first action-planning sessions.'],
    ],
  },
];
