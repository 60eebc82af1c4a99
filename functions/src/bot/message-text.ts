/** Elements whose end starts a new line in the text. */
const BLOCKS = new Set(['p', 'div', 'li', 'tr', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4']);
/** Elements whose content is never text a person wrote. */
const HIDDEN = new Set(['script', 'style', 'head', 'title']);
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
const ENTITY = /&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi;
const TAG_NAME = /^\/?([a-z][a-z0-9]*)/i;
const ALT = /\balt\s*=\s*"([^"<>]*)"/i;

/**
 * The text of a Teams message body as a person reads it: for `html` bodies the tags are dropped
 * (a line break for `<br>` and the end of a paragraph, an emoji's or image's `alt` text kept,
 * scripts and styles left out), entities decoded, runs of spaces made one and blank lines at
 * most one. Any other content type is taken as text. One pass, so hostile markup costs linear
 * time (no backtracking regular expression over the whole body).
 */
export function messageText(content: string, contentType: string | null | undefined): string {
  const text = contentType?.toLowerCase() === 'html' ? htmlToText(content) : content;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function htmlToText(html: string): string {
  const parts: string[] = [];
  let hiddenUntil: string | null = null;
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    const end = open === -1 ? -1 : html.indexOf('>', open);
    // Text up to the next complete tag; an unclosed `<` and what follows is not markup.
    const textEnd = end === -1 ? html.length : open;
    if (hiddenUntil === null) parts.push(decodeEntities(html.slice(at, textEnd)));
    if (end === -1) break;
    const tag = html.slice(open + 1, end);
    const name = TAG_NAME.exec(tag)?.[1]?.toLowerCase() ?? '';
    const closing = tag.startsWith('/');
    if (hiddenUntil !== null) {
      if (closing && name === hiddenUntil) hiddenUntil = null;
    } else if (!closing && HIDDEN.has(name)) {
      hiddenUntil = name;
    } else {
      parts.push(tagText(name, tag, closing));
    }
    at = end + 1;
  }
  return parts.join('');
}

/** What a tag itself contributes: a line break, or its `alt` text for an emoji or image. */
function tagText(name: string, tag: string, closing: boolean): string {
  if (name === 'br' || (closing && BLOCKS.has(name))) return '\n';
  if (!closing && (name === 'emoji' || name === 'img')) {
    return decodeEntities(ALT.exec(tag)?.[1] ?? '');
  }
  return '';
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, body: string) => {
    if (!body.startsWith('#')) return namedEntity(body.toLowerCase()) ?? entity;
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}

function namedEntity(name: string): string | undefined {
  return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : undefined;
}
