const START = 'Agenda from Northstar';
const END = 'End of the Northstar agenda';

/**
 * An earlier Northstar agenda in a body: from the paragraph (or div) holding the start marker to
 * the one holding the end marker. Outlook rewrites tags and attributes, but keeps visible text.
 */
const EARLIER_AGENDA = new RegExp(
  `<(p|div)\\b[^>]*>(?:(?!</\\1>)[\\s\\S])*?${START}[\\s\\S]*?${END}(?:(?!</\\1>)[\\s\\S])*?</\\1>`,
  'i',
);

/**
 * The appointment body with `agendaHtml` at the top: an agenda Northstar wrote earlier is
 * replaced, everything else (the Teams join block, the organizer's own text) is kept below.
 */
export function mergeAgenda(existingHtml: string, agendaHtml: string): string {
  const block = `<p><b>${START}</b></p>${agendaHtml}<p>${END}</p>`;
  const rest = existingHtml.replace(EARLIER_AGENDA, '');
  return `${block}${rest}`;
}
