import { KUDOS_MESSAGE_MAX_LENGTH } from '../contracts/kudos.js';
import { COMPANY_VALUE_MAX_LENGTH } from '../contracts/tenant.js';
import type { CardRichTextBlock, CardSpacing, CardTextRun } from './card-types.js';

/** How much user text a card shows or takes; longer text is cut and ends in `…`. */
export const CARD_TEXT_LIMITS = {
  title: 200,
  /** Check-in notes, and any message shown. */
  note: 2000,
  /** What the kudos form takes: what `POST /api/kudos` accepts. */
  kudosMessage: KUDOS_MESSAGE_MAX_LENGTH,
  name: 100,
  unit: 24,
  companyValue: COMPANY_VALUE_MAX_LENGTH,
} as const;

const ABSOLUTE_HTTP_URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[^\s\p{Cc}]*)?$/u;
// A word joiner: invisible, and unlike a zero-width space it allows no line break (`99.95%`).
const WORD_JOINER = '\u2060';
/** Control characters other than white space, and the bidi overrides that can disguise text. */
const INVISIBLE_CONTROLS = /(?!\s)\p{Cc}|[\u202A-\u202E\u2066-\u2069]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// What any markdown flavour needs to make a link: `[text](url)`, `[text][ref]`, `[ref]: url`,
// `<scheme:...>` autolinks and inline HTML, and what linkifiers look for: `scheme://`,
// `user@host` and dotted names (`www.x.com`, `x.com`).
const LINK_SYNTAX = /[\]<@.]|:(?=\/\/)/g;

/** Cuts `text` to at most `max` code points (never inside a surrogate pair), ending in `…`. */
export function truncate(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max
    ? text
    : `${points
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * User text made safe for a card: well-formed, without control characters or bidi overrides,
 * with runs of white space as one space, at most `max` characters (not counting what
 * neutralising adds), on one line unless `multiline` (then with at most one blank line), and with
 * every piece of link syntax broken by an invisible word joiner so that no markdown renderer can turn
 * it into a link or HTML. Cards put the result in `TextRun`s, which the spec renders literally;
 * the word joiners are the second line of defence for renderers that don't.
 */
export function plainText(text: string, max: number, multiline = false): string {
  const clean = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(INVISIBLE_CONTROLS, '')
    .replace(/\r\n?/g, '\n')
    .replace(multiline ? /[^\S\n]+/g : /\s+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return truncate(clean, max).replace(LINK_SYNTAX, (match) =>
    match === '.' ? `${WORD_JOINER}.` : `${match}${WORD_JOINER}`,
  );
}

/** A literal run of `text`, which must already be the app's own words or {@link plainText}. */
export function run(text: string, style: Omit<CardTextRun, 'type' | 'text'> = {}): CardTextRun {
  return { type: 'TextRun', text, ...style };
}

/** A paragraph of literal runs. */
export function richText(inlines: CardTextRun[], spacing?: CardSpacing): CardRichTextBlock {
  return spacing ? { type: 'RichTextBlock', inlines, spacing } : { type: 'RichTextBlock', inlines };
}

/** A labelled line, `Due: 30 Jun 2027`: the label in bold, the value literal. */
export function fact(label: string, value: string): CardRichTextBlock {
  return richText([run(`${label}: `, { weight: 'bolder' }), run(value)], 'small');
}

/**
 * `url` when it is an absolute http(s) URL.
 * @throws RangeError otherwise: a card must never carry a `javascript:` or relative link.
 */
export function httpUrl(url: string, what: string): string {
  if (!ABSOLUTE_HTTP_URL.test(url)) throw new RangeError(`${what} must be an absolute http(s) URL`);
  return url;
}
