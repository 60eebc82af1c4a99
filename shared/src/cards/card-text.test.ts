import fc from 'fast-check';
import { httpUrl, plainText } from './card-text.js';
import { hasLinkSyntax } from './test-card-data.js';

const JOINER = '\u2060';
const visible = (text: string) => text.replaceAll(JOINER, '');

describe('plainText', () => {
  it.each([
    ['plain words stay as they are', 'Grow revenue', 'Grow revenue'],
    ['surrounding space is trimmed', '  Grow  ', 'Grow'],
    ['line breaks and tabs become spaces', 'Grow\r\nrevenue\tnow', 'Grow revenue now'],
    ['control characters go', 'Grow\u0000\u0007 \u009Frevenue', 'Grow revenue'],
    ['a lone surrogate becomes a replacement character', 'a\uD800b', 'a\uFFFDb'],
    ['emphasis markers stay literal', '**bold** _it_', '**bold** _it_'],
    [
      'an inline link is broken',
      '[click](https://evil.example)',
      `[click]${JOINER}(https:${JOINER}//evil${JOINER}.example)`,
    ],
    ['an autolink is broken', '<https://x>', `<${JOINER}https:${JOINER}//x>`],
    ['html is broken', '<img src=x>', `<${JOINER}img src=x>`],
    ['an email is broken', 'a@b.co', `a@${JOINER}b${JOINER}.co`],
    ['a reference definition is broken', '[r]: /x', `[r]${JOINER}: /x`],
  ])('%s', (_case, input, expected) => {
    expect(plainText(input, 200)).toBe(expected);
  });

  it.each([
    ['at the limit, untouched', 'abcde', 5, 'abcde'],
    ['over the limit, cut with an ellipsis', 'abcdef', 5, 'abcd…'],
    ['cut at code points, never inside a surrogate pair', '😀😀😀😀😀😀', 3, '😀😀…'],
    ['space before the cut is dropped', 'abc   def', 5, 'abc…'],
  ])('%s', (_case, input, max, expected) => {
    expect(plainText(input, max)).toBe(expected);
  });

  it('keeps paragraphs when multiline, with at most one blank line between them', () => {
    expect(plainText('One\r\n\r\n \r\n\t\r\nTwo  \n Three\tand\u0007 four', 100, true)).toBe(
      'One\n\nTwo\nThree and four',
    );
  });

  it('never leaves link syntax, never exceeds the limit, and keeps the visible text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii', maxLength: 400 }),
        fc.integer({ min: 2, max: 300 }),
        fc.boolean(),
        (text, max, multiline) => {
          const safe = plainText(text, max, multiline);
          expect(hasLinkSyntax(safe)).toBe(false);
          expect(Array.from(visible(safe)).length).toBeLessThanOrEqual(max);
          expect(JSON.parse(JSON.stringify(safe))).toBe(safe);
          if (Array.from(text).length <= max && !/[\s\p{Cc}]/u.test(text))
            expect(visible(safe)).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('breaks links built from any characters around the syntax', () => {
    const piece = fc.constantFrom(
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      ':',
      '/',
      '.',
      '@',
      'www',
      'http',
      'a',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expect(hasLinkSyntax(plainText(pieces.join(''), 200))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('httpUrl', () => {
  it.each([
    'https://northstar.example.com/goals/g-1',
    'http://localhost:7071/goals/g_1',
    'https://northstar.example.com',
  ])('accepts %s', (url) => {
    expect(httpUrl(url, 'url')).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    '/goals/g-1',
    'ftp://example.com/x',
    'https://exa mple.com/',
    'https://example.com/a b',
    'https://user@example.com/',
    '',
  ])('rejects %j', (url) => {
    expect(() => httpUrl(url, 'url')).toThrow(RangeError);
  });
});
