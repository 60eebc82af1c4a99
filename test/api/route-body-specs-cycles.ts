import fc from 'fast-check';
import { rawObject, withStrayKey, type BodySpec } from './hostile-bodies.js';
import {
  badDate,
  badId,
  badText,
  blankText,
  notAnObjectOrNull,
  notOneOf,
  unknownId,
  type JsonText,
} from './hostile-values.js';
import { MANAGER_REVIEW_NOW, SELF_REVIEW_NOW, TEMPLATE, day } from './reviews-fixtures.js';
import { shortTitle } from './route-body-specs.js';

const DEPARTMENTS = '"departments"';
const badScope: JsonText = fc.oneof(
  notAnObjectOrNull,
  fc.constantFrom(
    '{}',
    '{"kind":"team"}',
    '{"kind":"departments"}',
    '{"kind":"departments","departments":[]}',
    '{"kind":"departments","departments":["Sales","Sales"]}',
    '{"kind":"tenant","departments":["Sales"]}',
  ),
  fc.oneof(badText(100), blankText).map((d) => `{"kind":${DEPARTMENTS},"departments":[${d}]}`),
  fc
    .integer({ min: 51, max: 80 })
    .map((n) =>
      JSON.stringify({ kind: 'departments', departments: [...Array(n).keys()].map(String) }),
    ),
  withStrayKey([['kind', '"tenant"']], ['departments']),
);

type DateKey = 'ss' | 'se' | 'ms' | 'me' | 'release' | 'ack';
type PhaseKey = DateKey | 'selfReview' | 'managerReview';

/** The phases of a self review open today, with some parts replaced by JSON texts. */
function phasesText(over: Partial<Record<PhaseKey, string>>): string {
  const p = SELF_REVIEW_NOW;
  const at = (k: PhaseKey, date: string) => over[k] ?? JSON.stringify(date);
  const window = (k: PhaseKey, [s, e]: [DateKey, DateKey], w: { start: string; end: string }) =>
    over[k] ??
    rawObject([
      ['start', at(s, w.start)],
      ['end', at(e, w.end)],
    ]);
  return rawObject([
    ['selfReview', window('selfReview', ['ss', 'se'], p.selfReview)],
    ['managerReview', window('managerReview', ['ms', 'me'], p.managerReview)],
    ['release', at('release', p.release)],
    ['acknowledgeBy', at('ack', p.acknowledgeBy)],
  ]);
}

const DATE_KEYS: DateKey[] = ['ss', 'se', 'ms', 'me', 'release', 'ack'];
const badPhases: JsonText = fc.oneof(
  notAnObjectOrNull,
  fc.tuple(fc.constantFrom(...DATE_KEYS), badDate).map(([k, v]) => phasesText({ [k]: v })),
  // Each date must be on or after the one before it: these are earlier than their predecessor.
  fc
    .tuple(fc.constantFrom(...DATE_KEYS.slice(1)), fc.constantFrom('2000-01-01', day(-30)))
    .map(([k, v]) => phasesText({ [k]: JSON.stringify(v) })),
  fc
    .tuple(fc.constantFrom<PhaseKey>('selfReview', 'managerReview'), notAnObjectOrNull)
    .map(([k, v]) => phasesText({ [k]: v })),
  fc
    .constantFrom<PhaseKey>('selfReview', 'managerReview')
    .map((k) => phasesText({ [k]: '{"start":"2026-01-01"}' })),
  fc.constantFrom('selfReview', 'managerReview', 'release', 'acknowledgeBy').map((k) => {
    const phases = JSON.parse(phasesText({})) as Record<string, unknown>;
    return JSON.stringify({ ...phases, [k]: undefined });
  }),
  withStrayKey(Object.entries(SELF_REVIEW_NOW).map(([k, v]) => [k, JSON.stringify(v)] as const)),
);

const rating = (over: object) =>
  JSON.stringify({ questions: [{ ...TEMPLATE.questions[0], ...over }] });
const text = (over: object) =>
  JSON.stringify({
    questions: [{ id: 'q2', kind: 'text', text: 'Highlights', maxLength: 100, ...over }],
  });

const badTemplate: JsonText = fc.oneof(
  notAnObjectOrNull,
  fc.constantFrom('{}', '{"questions":[]}', '{"questions":null}', '{"questions":{}}'),
  fc.constantFrom(
    rating({ levels: ['a', 'b', 'c', 'd'] }),
    rating({ levels: ['a', 'b', 'c', 'd', 'e', 'f'] }),
    rating({ levels: ['a', 'b', ' ', 'd', 'e'] }),
    rating({ levels: ['a', 'b', 'c', 'd', 'x'.repeat(61)] }),
    rating({ kind: 'essay' }),
    rating({ id: 'a b' }),
    rating({ text: '   ' }),
    rating({ text: 'x'.repeat(501) }),
    rating({ maxLength: 10 }),
    text({ maxLength: 0 }),
    text({ maxLength: 20_001 }),
    text({ maxLength: 1.5 }),
    text({ maxLength: '100' }),
    text({ levels: ['a', 'b', 'c', 'd', 'e'] }),
    JSON.stringify({ questions: [{ id: 'q3', kind: 'goals' }] }),
    JSON.stringify({ questions: [TEMPLATE.questions[0], { ...TEMPLATE.questions[1], id: 'q1' }] }),
  ),
  fc.integer({ min: 31, max: 40 }).map((n) =>
    JSON.stringify({
      questions: [...Array(n).keys()].map((i) => ({ id: `q${i}`, kind: 'goals', text: 'Goals' })),
    }),
  ),
  withStrayKey([['questions', JSON.stringify(TEMPLATE.questions)]]),
);

const badName: JsonText = fc.oneof(badText(120), shortTitle);

/** `POST /api/cycles` (admins), for a period of the tenant. */
export function createCycleSpec(periodId: string): BodySpec {
  return {
    valid: {
      name: 'Fuzzed H2 review',
      periodId,
      scope: { kind: 'departments', departments: ['Engineering'] },
      phases: SELF_REVIEW_NOW,
      template: TEMPLATE,
    },
    required: ['name', 'periodId', 'scope', 'phases', 'template'],
    known: ['name', 'periodId', 'scope', 'phases', 'template'],
    bad: {
      name: badName,
      periodId: fc.oneof(badId, unknownId),
      scope: badScope,
      phases: badPhases,
      template: badTemplate,
    },
  };
}

/** `PATCH /api/cycles/{id}` (admins, If-Match): a new name, new dates, or both. */
export const updateCycleSpec: BodySpec = {
  valid: { name: 'Fuzzed H2 review, extended', phases: MANAGER_REVIEW_NOW },
  required: [],
  known: ['name', 'phases'],
  bad: { name: badName, phases: badPhases },
};

/** `POST /api/cycles/{id}/state` (admins, If-Match), sent to a draft cycle. */
export const cycleStateSpec: BodySpec = {
  valid: { state: 'open' },
  required: ['state'],
  known: ['state'],
  bad: { state: notOneOf(['open', 'closed']) },
};
