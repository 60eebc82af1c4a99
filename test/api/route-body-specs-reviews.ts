import fc from 'fast-check';
import { withStrayKey, type BodySpec } from './hostile-bodies.js';
import {
  badInt,
  badText,
  longerThan,
  notABoolean,
  notAnObjectOrNull,
  notOneOf,
  type JsonText,
} from './hostile-values.js';

/** Answers that are no answers to `TEMPLATE` (q1 a rating, q2 text of at most 100). */
const badAnswers: JsonText = fc.oneof(
  notAnObjectOrNull,
  badInt(1, 5).map((r) => `{"q1":{"rating":${r}}}`),
  badText(100).map((t) => `{"q2":{"text":${t}}}`),
  longerThan(2000).map((t) => `{"q1":{"rating":3,"text":${t}}}`),
  fc.constantFrom('{"q2":{"rating":3}}', '{"q1":null}', '{"q1":[]}', '{"q1":3}', '{"q1":"Great"}'),
  fc
    .stringMatching(/^[a-z][\w-]{0,20}$/)
    .filter((k) => k !== 'q1' && k !== 'q2')
    .map((k) => `{${JSON.stringify(k)}:{"text":"x"}}`),
  fc
    .constantFrom('', 'a b', '../q1', 'x'.repeat(65), 'ｑ1', 'q1;')
    .map((k) => `{${JSON.stringify(k)}:{"text":"x"}}`),
  withStrayKey([['rating', '3']], ['text']).map((answer) => `{"q1":${answer}}`),
  fc
    .integer({ min: 51, max: 60 })
    .map((n) => JSON.stringify(Object.fromEntries([...Array(n).keys()].map((i) => [`k${i}`, {}])))),
);

/** `PATCH /api/reviews/{id}` by the reviewee: the self section, saved as a draft. */
export const updateSelfSectionSpec: BodySpec = {
  valid: {
    section: 'self',
    answers: { q1: { rating: 4, text: 'Shipped.' }, q2: { text: 'Led it.' } },
  },
  required: ['section', 'answers'],
  known: ['section', 'answers', 'submit'],
  bad: { section: notOneOf(['self', 'manager']), answers: badAnswers, submit: notABoolean },
};

/** `PATCH /api/reviews/{id}` by the reviewer: the manager section, saved as a draft. */
export const updateManagerSectionSpec: BodySpec = {
  ...updateSelfSectionSpec,
  valid: { section: 'manager', answers: { q1: { rating: 3 }, q2: { text: 'Steady.' } } },
};

/** `POST /api/reviews/{id}/actions`, sent by the reviewer after the self-review phase. */
export const reviewActionSpec: BodySpec = {
  valid: { action: 'reopen_self' },
  required: ['action'],
  known: ['action'],
  bad: { action: notOneOf(['release', 'acknowledge', 'reopen_self']) },
};
