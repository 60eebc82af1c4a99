import fc from 'fast-check';

/**
 * Arbitraries of JSON TEXTS a route must refuse for one field. They are texts, not values, so a
 * body can carry what `JSON.stringify` never writes: `1e999`, or `__proto__` as an own key.
 */
export type JsonText = fc.Arbitrary<string>;

/** The JSON text of every value `arb` makes. */
export function json(arb: fc.Arbitrary<unknown>): JsonText {
  return arb.map((value) => JSON.stringify(value));
}

/** Anything but a string. */
export const notAString: JsonText = fc.oneof(
  json(fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null))),
  json(fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 })),
  json(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })),
);

/** Anything but a number, including strings that look like one. */
export const notANumber: JsonText = fc.oneof(
  json(fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '0x1F', '12', ' 7 ', '', '١٢')),
  json(fc.string({ maxLength: 12 })),
  fc.constantFrom('null', 'true', 'false', '[]', '[1]', '{}', '{"valueOf":1}'),
);

/** Numbers JSON can spell but that overflow to +-Infinity when parsed. */
export const overflowing: JsonText = fc.constantFrom('1e999', '-1e999', '1.7976931348623159e308');

/** Finite numbers beyond the API's +-1e12 bound. */
export const outOfRange: JsonText = fc.oneof(
  json(fc.double({ min: 1.000001e12, max: 1e300, noNaN: true })),
  json(fc.double({ min: -1e300, max: -1.000001e12, noNaN: true })),
  overflowing,
);

/** A string of 4,100 to 60,000 characters that never trims shorter: at most 240 KB of UTF-8. */
export const hugeString: JsonText = fc
  .tuple(fc.integer({ min: 4_100, max: 60_000 }), fc.constantFrom('x', 'é', '€', '😀', '\u202e'))
  .map(([length, char]) => JSON.stringify(char.repeat(length)));

/** Any code points, lone surrogates included, more than `max` of them between two letters. */
export function unicodeLongerThan(max: number): JsonText {
  return fc
    .string({ unit: 'binary', minLength: max + 1, maxLength: max + 40 })
    .map((s) => JSON.stringify(`é${s}é`));
}

/** Strings too long for a field of at most `max` characters, plus every non-string. */
export function badText(max: number): JsonText {
  return fc.oneof(notAString, hugeString, unicodeLongerThan(max));
}

/** Strings that are not ids (`[A-Za-z0-9_-]{1,64}`), plus every non-string. */
export const badId: JsonText = fc.oneof(
  json(
    fc.constantFrom(
      '',
      'a b',
      '../etc/passwd',
      "x' OR '1'='1",
      'g-1;DROP TABLE goals',
      'ａｂｃ',
      '%41',
    ),
  ),
  json(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).filter((s) => !/^[\w-]+$/.test(s)),
  ),
  json(fc.integer({ min: 65, max: 400 }).map((n) => 'a'.repeat(n))),
  notAString,
  hugeString,
);

/** Well-formed ids that name nothing. */
export const unknownId: JsonText = json(
  fc.stringMatching(/^[a-z0-9]{6,20}$/).map((s) => `nobody-${s}`),
);

/** Anything but a real `YYYY-MM-DD` calendar date. */
export const badDate: JsonText = fc.oneof(
  json(
    fc.constantFrom(
      '2026-13-01',
      '2026-02-30',
      '2026-00-10',
      '26-01-01',
      '2026-1-1',
      '2026/01/01',
      '2026-01-01T00:00:00Z',
      '01-01-2026',
      '',
      'today',
      '２０２６-０１-０１',
      ' 2026-01-01',
    ),
  ),
  json(fc.string().filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s))),
  json(fc.integer()),
  fc.constantFrom('null', 'true', '[]', '{}'),
);

/** Strings outside `allowed` (near misses included), plus every non-string. */
export function notOneOf(allowed: readonly string[]): JsonText {
  const nearMisses = allowed.flatMap((v) => [v.toUpperCase(), ` ${v}`, `${v}\u0000`, `${v}s`]);
  return fc.oneof(
    json(fc.constantFrom(...nearMisses)),
    json(fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => !allowed.includes(s))),
    notAString,
  );
}

/** Anything but an integer from `min` to `max`. */
export function badInt(min: number, max: number): JsonText {
  return fc.oneof(
    json(fc.integer({ min: max + 1 })),
    json(fc.integer({ max: min - 1 })),
    json(fc.double({ min, max, noNaN: true }).filter((n) => !Number.isInteger(n))),
    overflowing,
    notANumber,
  );
}

/** Values that are not JSON objects. */
export const notAnObject: JsonText = fc.oneof(
  json(
    fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.integer(),
      fc.boolean(),
      fc.array(fc.integer(), { maxLength: 3 }),
    ),
  ),
);

/**
 * Strings of `max + 1` to `max + 2000` code points (zod counts code points, not UTF-16 units)
 * that never trim shorter, plus every non-string.
 */
export function longerThan(max: number): JsonText {
  const tooLong = fc
    .tuple(fc.integer({ min: max + 1, max: max + 2000 }), fc.constantFrom('x', 'é', '😀'))
    .map(([length, char]) => JSON.stringify(`é${char.repeat(length - 2)}é`));
  return fc.oneof(notAString, tooLong);
}

/** Strings that are empty once trimmed. */
export const blankText: JsonText = json(fc.constantFrom('', ' ', '\t\n', '\u00a0\u2003'));

/** Anything but `true` or `false`. */
export const notABoolean: JsonText = fc.oneof(
  json(fc.constantFrom('true', 'false', 'yes', 1, 0, '')),
  fc.constantFrom('null', '[]', '{}', '[true]'),
);

/** Anything but an ISO 8601 instant with a `Z` or an offset. */
export const badInstant: JsonText = fc.oneof(
  json(
    fc.constantFrom(
      '2026-01-01',
      '2026-01-01T09:00:00',
      '2026-02-30T09:00:00Z',
      '2026-13-01T09:00:00Z',
      '2026-01-01T25:00:00Z',
      '2026-01-01 09:00:00Z',
      '2026-01-01T09:00:00+25:00',
      'tomorrow',
      'now',
      '',
      '１７００',
    ),
  ),
  json(fc.string({ maxLength: 30 }).filter((s) => !/^\d{4}-\d\d-\d\dT/.test(s))),
  json(fc.integer()),
  fc.constantFrom('null', 'true', '[]', '{}'),
);

/** Anything but a JSON object, `null` included. */
export const notAnObjectOrNull: JsonText = fc.oneof(notAnObject, fc.constant('null'));
