import fc from 'fast-check';
import type { HostileBody } from './hostile-bodies.js';
import { json } from './hostile-values.js';

/** Valid JSON that is no object. */
export const notAnObjectBody = fc.oneof(
  json(fc.oneof(fc.constant(null), fc.integer(), fc.double(), fc.string(), fc.boolean())),
  json(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 })),
);

/** Texts `JSON.parse` refuses: cut-off objects and near-JSON from other languages. */
export function malformed(validText: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.integer({ min: 1, max: validText.length - 1 }).map((cut) => validText.slice(0, cut)),
    fc.constantFrom(
      "{'title':'x'}",
      '{"title":"x",}',
      '{title:"x"}',
      '{"value":NaN}',
      '{"a":1}{"b":2}',
      '{"a":1} x',
      '// note\n{}',
      '{"a":undefined}',
      '\u0000',
      '{"a":"\\x41"}',
      '{"a":01}',
      '[1,]',
      '{',
      '}',
      '"open',
      '{"a":1',
      '{"a" 1}',
      '{"a":tru}',
      '<goal/>',
      'title=x&level=team',
    ),
  );
}

/** Content types that are not JSON, for a body that is. */
export const WRONG_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  'text/json',
  'application/xml',
  'application/javascript',
  'json',
];

/** Sent as JSON, but no JSON object at all: no body, blank, malformed, or another value. */
export function brokenJsonBodies(validText: string): fc.Arbitrary<HostileBody> {
  return fc
    .oneof(notAnObjectBody, malformed(validText), fc.constantFrom('', ' ', '\n\t '))
    .map((text) => ({ text, field: 'body' }));
}
