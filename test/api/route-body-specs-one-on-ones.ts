import fc from 'fast-check';
import { SEED_EMPLOYEE_GOAL_ID } from '../../functions/src/adapters/demo/demo-seed.js';
import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_UNRELATED_ID,
  FABRIKAM_PERSON_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import type { BodySpec } from './hostile-bodies.js';
import {
  badDate,
  badId,
  badInstant,
  badText,
  blankText,
  json,
  longerThan,
  notABoolean,
  notAnObject,
  unknownId,
  type JsonText,
} from './hostile-values.js';

/** A talking point or action item's text: 1 to 500 characters once trimmed. */
const badPointText: JsonText = fc.oneof(badText(500), blankText);

/** Shared and private notes: any string of at most 20,000 characters. */
const badNotes: JsonText = longerThan(20_000);

/** Goal links that are no list of at most 10 distinct, existing goal ids. */
const badGoalLinks: JsonText = fc.oneof(
  notAnObject.filter((text) => text !== '[]'),
  fc.constantFrom(
    'null',
    '{}',
    '[null]',
    '[1]',
    `["${SEED_EMPLOYEE_GOAL_ID}","${SEED_EMPLOYEE_GOAL_ID}"]`,
  ),
  badId.map((id) => `[${id}]`),
  unknownId.map((id) => `[${id}]`),
  fc
    .integer({ min: 11, max: 20 })
    .map((n) => JSON.stringify([...Array(n).keys()].map((i) => `g-${i}`))),
);

/** Owners who are not one of the two participants, or no person id at all. */
const badOwner: JsonText = fc.oneof(
  badId,
  unknownId,
  json(fc.constantFrom(DEMO_UNRELATED_ID, FABRIKAM_PERSON_ID)),
);

/** `POST /api/one-on-ones` by a manager; the probe names a report without a series yet. */
export const createSeriesSpec: BodySpec = {
  valid: { reportId: DEMO_EMPLOYEE_ID },
  required: ['reportId'],
  known: ['reportId'],
  bad: { reportId: badId },
};

/** `POST /api/one-on-ones/{seriesId}/meetings`. */
export const createOccurrenceSpec: BodySpec = {
  valid: { scheduledFor: '2027-03-01T09:30:00+05:30' },
  required: ['scheduledFor'],
  known: ['scheduledFor'],
  bad: { scheduledFor: badInstant },
};

/** `POST .../meetings/{id}/talking-points`. */
export const addTalkingPointSpec: BodySpec = {
  valid: { text: 'How the cache rollout went', goalIds: [SEED_EMPLOYEE_GOAL_ID] },
  required: ['text'],
  known: ['text', 'goalIds'],
  bad: { text: badPointText, goalIds: badGoalLinks },
};

/** `PATCH .../talking-points/{pointId}` (If-Match on the 1:1). */
export const updateTalkingPointSpec: BodySpec = {
  valid: { text: 'Rollout, and what is next', goalIds: [], done: true },
  required: [],
  known: ['text', 'goalIds', 'done'],
  bad: { text: badPointText, goalIds: badGoalLinks, done: notABoolean },
};

/** `PUT .../meetings/{id}/shared-notes` (If-Match on the 1:1). */
export const sharedNotesSpec: BodySpec = {
  valid: { sharedNotes: 'Agreed: canary first, then the rest.' },
  required: ['sharedNotes'],
  known: ['sharedNotes'],
  bad: { sharedNotes: badNotes },
};

/** `POST .../meetings/{id}/action-items`. */
export const addActionItemSpec: BodySpec = {
  valid: { text: 'Write the rollout plan', ownerId: DEMO_MANAGER_ID, dueDate: '2027-03-08' },
  required: ['text', 'ownerId'],
  known: ['text', 'ownerId', 'dueDate'],
  bad: { text: badPointText, ownerId: badOwner, dueDate: badDate },
};

/** `PATCH .../action-items/{itemId}` (If-Match on the 1:1); `dueDate: null` is allowed. */
export const updateActionItemSpec: BodySpec = {
  valid: { text: 'Write and share the plan', ownerId: DEMO_EMPLOYEE_ID, dueDate: null, done: true },
  required: [],
  known: ['text', 'ownerId', 'dueDate', 'done'],
  bad: {
    text: badPointText,
    ownerId: badOwner,
    dueDate: badDate.filter((text) => text !== 'null'),
    done: notABoolean,
  },
};

/** `PUT .../meetings/{id}/private-note` (If-Match once the note exists). */
export const privateNoteSpec: BodySpec = {
  valid: { text: 'Seems tired; ask about the on-call load.' },
  required: ['text'],
  known: ['text'],
  bad: { text: badNotes },
};
