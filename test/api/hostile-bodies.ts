import fc from 'fast-check';
import {
  badId,
  badText,
  json,
  notANumber,
  notAnObject,
  outOfRange,
  type JsonText,
} from './hostile-values.js';

/** Keys that have polluted prototypes elsewhere, and fields only the server may set. */
const NOTORIOUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineSetter__',
  'isAdmin',
  'tenantId',
  'id',
  'etag',
  'createdBy',
  'state',
  'current',
  'level',
];

/** A value for a key that must not be there, pollution payloads first among them. */
export const strayValue: JsonText = fc.oneof(
  fc.constantFrom(
    '{"polluted":"yes","isAdmin":true}',
    '{"__proto__":{"polluted":"yes"}}',
    '{"prototype":{"polluted":"yes"}}',
  ),
  json(fc.jsonValue({ maxDepth: 2 })),
);

/** A key that `known` does not contain. */
export function strayKey(known: readonly string[]): fc.Arbitrary<string> {
  return fc
    .oneof(
      { arbitrary: fc.constantFrom(...NOTORIOUS_KEYS), weight: 3 },
      { arbitrary: fc.stringMatching(/^[A-Za-z_$][\w$]{0,15}$/), weight: 1 },
    )
    .filter((key) => !known.includes(key));
}

/** Builds object JSON from ordered `[key, json]` pairs, so `__proto__` stays an own key. */
export function rawObject(entries: readonly (readonly [string, string])[]): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;
}

/** A stray key (none of `alsoKnown`) added to an object given as `[key, json]` entries. */
export function withStrayKey(
  entries: readonly (readonly [string, string])[],
  alsoKnown: readonly string[] = [],
): JsonText {
  const known = [...entries.map(([k]) => k), ...alsoKnown];
  return fc.tuple(strayKey(known), strayValue).map(([k, v]) => rawObject([...entries, [k, v]]));
}

/** A metric `{ unit, start, target }` with something wrong inside, or not an object at all. */
export const badMetric: JsonText = fc.oneof(
  notAnObject,
  fc
    .oneof(badText(24), json(fc.constantFrom('', '   ', '\t\n')))
    .map((u) => `{"unit":${u},"start":0,"target":10}`),
  fc.oneof(notANumber, outOfRange).map((n) => `{"unit":"km","start":${n},"target":10}`),
  fc.oneof(notANumber, outOfRange).map((n) => `{"unit":"km","start":0,"target":${n}}`),
  fc.constantFrom(
    '{"start":0,"target":10}',
    '{"unit":"km","target":10}',
    '{"unit":"km","start":0}',
  ),
  fc.tuple(strayKey(['unit', 'start', 'target']), strayValue).map(([k, v]) =>
    rawObject([
      ['unit', '"km"'],
      ['start', '0'],
      ['target', '10'],
      [k, v],
    ]),
  ),
);

const badWeight: JsonText = fc.oneof(
  json(fc.constantFrom(0, 0.5, 100.5, 101, -5, '50')),
  notANumber,
  outOfRange,
);

/** Parent links that are no list of `{ goalId, weight }`, or too many of them. */
export const badParentShape: JsonText = fc.oneof(
  notAnObject.filter((text) => text !== '[]'),
  fc.constantFrom('null', '{"goalId":"g-co-revenue","weight":50}', '[null]', '["g-co-revenue"]'),
  badId.map((id) => `[{"goalId":${id},"weight":50}]`),
  badWeight.map((w) => `[{"goalId":"g-co-revenue","weight":${w}}]`),
  fc.constantFrom('[{"goalId":"g-co-revenue"}]', '[{"weight":50}]'),
  fc.tuple(strayKey(['goalId', 'weight']), strayValue).map(
    ([k, v]) =>
      `[${rawObject([
        ['goalId', '"g-co-revenue"'],
        ['weight', '5'],
        [k, v],
      ])}]`,
  ),
  fc
    .integer({ min: 11, max: 30 })
    .map((n) =>
      JSON.stringify(Array.from({ length: n }, (_, i) => ({ goalId: `g-${i}`, weight: 1 }))),
    ),
);

/** Two links to one parent, which a goal may not have (a SMART draft may). */
export const duplicateParents: JsonText = fc.constant(
  '[{"goalId":"g-co-revenue","weight":50},{"goalId":"g-co-revenue","weight":20}]',
);

/** What a route accepts, and per field what it must refuse. */
export interface BodySpec {
  /** A body the route accepts. */
  valid: Record<string, unknown>;
  /** Fields that may not be left out. */
  required: readonly string[];
  /** Every field the route knows; anything else is a stray key. */
  known: readonly string[];
  /** Per field, JSON texts the route must refuse for it. */
  bad: Readonly<Record<string, JsonText>>;
}

/** A hostile body as JSON text, and the field the 400 must name. */
export interface HostileBody {
  text: string;
  field: string;
}

/**
 * Valid bodies broken in one place: one field replaced by a bad value (in place, or as a later
 * duplicate key, which `JSON.parse` lets win), a required field removed, or a stray key added.
 */
export function hostileBodies(spec: BodySpec): fc.Arbitrary<HostileBody> {
  const entries = Object.entries(spec.valid).map(([k, v]) => [k, JSON.stringify(v)] as const);
  const fields = Object.keys(spec.bad);
  const badField = fc
    .constantFrom(...fields)
    .chain((f) => spec.bad[f]!.map((v) => [f, v] as const));
  const cases: fc.Arbitrary<HostileBody>[] = [
    badField.map(([f, v]) => ({
      text: rawObject([...entries.filter(([k]) => k !== f), [f, v]]),
      field: `body.${f}`,
    })),
    badField.map(([f, v]) => ({ text: rawObject([...entries, [f, v]]), field: `body.${f}` })),
    fc.tuple(strayKey(spec.known), strayValue, fc.nat(entries.length)).map(([k, v, at]) => ({
      text: rawObject([...entries.slice(0, at), [k, v], ...entries.slice(at)]),
      field: `body.${k}`,
    })),
  ];
  if (spec.required.length > 0) {
    cases.push(
      fc.constantFrom(...spec.required).map((f) => ({
        text: rawObject(entries.filter(([k]) => k !== f)),
        field: `body.${f}`,
      })),
    );
  }
  return fc.oneof(...cases);
}
