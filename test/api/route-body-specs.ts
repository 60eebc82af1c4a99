import fc from 'fast-check';
import { DEMO_EMPLOYEE_ID } from '../../functions/src/adapters/demo/demo-tenants.js';
import { SEED_TEAM_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import { goalBody, isoDay } from './goal-fixtures.js';
import { badMetric, badParentShape, duplicateParents, type BodySpec } from './hostile-bodies.js';
import {
  badDate,
  badId,
  badInt,
  badText,
  json,
  notANumber,
  notOneOf,
  outOfRange,
  unknownId,
  type JsonText,
} from './hostile-values.js';

const LEVELS = ['company', 'team', 'individual', 'development'];
const VISIBILITIES = ['private', 'public'];

/** Titles that trim to fewer than 3 characters. */
export const shortTitle: JsonText = json(fc.string({ maxLength: 2 }).map((s) => ` ${s}\t`));

/** Parents a goal may not have: malformed, unknown, hidden from the employee, or in another tenant. */
const badGoalParents: JsonText = fc.oneof(
  badParentShape,
  duplicateParents,
  unknownId.map((id) => `[{"goalId":${id},"weight":50}]`),
  fc.constantFrom(
    // Private to an unrelated salesperson, and Fabrikam's company goal.
    '[{"goalId":"g-isaiah-enterprise-deals","weight":50}]',
    '[{"goalId":"g-fab-lisbon-hub","weight":50}]',
  ),
);

/** Due dates refused for a goal starting today: malformed, before the start, or in no period. */
const badDueDate: JsonText = fc.oneof(
  badDate,
  json(fc.constantFrom(isoDay(-1), isoDay(-400), '1999-01-01', '2999-12-31')),
);

const GOAL_FIELDS = [
  'title',
  'description',
  'ownerId',
  'parentIds',
  'metric',
  'startDate',
  'dueDate',
  'periodId',
  'visibility',
];

/** What both goal writes refuse, field by field (`level` and `metric` differ). */
const BAD_GOAL_FIELDS: Readonly<Record<string, JsonText>> = {
  title: fc.oneof(badText(200), shortTitle),
  description: badText(4000),
  ownerId: fc.oneof(badId, unknownId),
  parentIds: badGoalParents,
  startDate: badDate,
  dueDate: badDueDate,
  periodId: fc.oneof(badId, unknownId),
  visibility: notOneOf(VISIBILITIES),
};

/** `POST /api/goals`. */
export const createGoalSpec: BodySpec = {
  valid: goalBody({
    description: 'Measured at the edge, p95 over a week.',
    parentIds: [{ goalId: SEED_TEAM_GOAL_ID, weight: 50 }],
    visibility: 'private',
  }),
  required: ['title', 'level', 'startDate', 'dueDate'],
  known: [...GOAL_FIELDS, 'level'],
  bad: {
    ...BAD_GOAL_FIELDS,
    level: notOneOf(LEVELS),
    metric: fc.oneof(badMetric, fc.constant('null')),
  },
};

/** `PATCH /api/goals/{id}`: every field optional, `metric: null` allowed. */
export const updateGoalSpec: BodySpec = {
  valid: {
    title: 'Renamed: cut checkout p95 to 250 ms',
    description: 'Edited by the fuzzer.',
    visibility: 'public',
    metric: { unit: 'ms', start: 800, target: 250 },
    startDate: isoDay(0),
    dueDate: isoDay(20),
  },
  required: [],
  known: GOAL_FIELDS,
  bad: { ...BAD_GOAL_FIELDS, metric: badMetric },
};

/** `POST /api/goals/{id}/checkins` on a goal with a metric. */
export const checkInSpec: BodySpec = {
  valid: { value: 420, confidence: 7, note: 'Caching landed.' },
  required: ['value', 'confidence'],
  known: ['value', 'confidence', 'note'],
  bad: {
    value: fc.oneof(notANumber, outOfRange),
    confidence: badInt(0, 10),
    note: badText(2000),
  },
};

/** `POST /api/goals/smart-check`: a draft, so only the title is required. */
export const smartCheckSpec: BodySpec = {
  valid: goalBody({
    description: 'p95 at the edge.',
    parentIds: [{ goalId: SEED_TEAM_GOAL_ID, weight: 50 }],
  }),
  required: ['title'],
  known: [...GOAL_FIELDS.filter((f) => f !== 'ownerId' && f !== 'visibility'), 'level'],
  bad: {
    title: badText(200),
    description: badText(4000),
    level: notOneOf(LEVELS),
    metric: fc.oneof(badMetric, fc.constant('null')),
    parentIds: badParentShape,
    startDate: badDate,
    dueDate: badDate,
    periodId: badId,
  },
};

/** `POST /api/dev/sign-in`. */
export const signInSpec: BodySpec = {
  valid: { personId: DEMO_EMPLOYEE_ID },
  required: ['personId'],
  known: ['personId'],
  bad: { personId: fc.oneof(badId, unknownId) },
};
