import fc from 'fast-check';

/** Well-formed unicode for query values (`encodeURIComponent` refuses lone surrogates). */
export const anyText = fc.string({ unit: 'grapheme', maxLength: 16 });

/** What `z.coerce.number().int().min(1).max(200)` refuses. */
export const badLimit: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '0',
    '-1',
    '201',
    '1.5',
    'abc',
    '',
    ' ',
    '1e3',
    'Infinity',
    'NaN',
    '9'.repeat(400),
    '٣',
  ),
  fc.integer({ min: 201 }).map(String),
  fc.integer({ max: 0 }).map(String),
  anyText.filter((s) => {
    const n = Number(s);
    return !(Number.isInteger(n) && n >= 1 && n <= 200);
  }),
);

/** Query values that are no id (`[A-Za-z0-9_-]{1,64}`). */
export const badIdText = fc.oneof(
  fc.constantFrom('', 'a b', '../x', 'g-1;--', 'ａｂｃ', 'x'.repeat(65)),
  anyText.filter((s) => !/^[\w-]{1,64}$/.test(s)),
);

/** Query values outside `allowed`, near misses included. */
export function notIn(allowed: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...allowed.flatMap((v) => [v.toUpperCase(), ` ${v}`, `${v}s`])),
    anyText.filter((s) => !allowed.includes(s)),
  );
}

/** A query-string value, percent-encoded. */
export function enc(text: string): string {
  return encodeURIComponent(text);
}
