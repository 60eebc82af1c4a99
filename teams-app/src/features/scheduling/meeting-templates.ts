import type { Person } from '@northstar/shared';

/** The kinds of meeting a manager schedules from Outlook. */
export type TemplateId = 'review' | 'one-on-one';

/** What a template fills in: the subject's start, the length and the agenda text. */
export interface MeetingTemplate {
  label: string;
  durationMinutes: number;
  agenda: string;
}

/** The templates, in the order they are offered. */
export const MEETING_TEMPLATES: Readonly<Record<TemplateId, MeetingTemplate>> = {
  review: {
    label: 'Performance review',
    durationMinutes: 60,
    agenda: [
      'Talk through the review and agree on what comes next.',
      '- Self review and manager review: where we agree, where we differ',
      '- Goals this period: what was achieved, and what got in the way',
      '- Strengths, and where to grow',
      '- Goals and development for the next period',
    ].join('\n'),
  },
  'one-on-one': {
    label: '1:1',
    durationMinutes: 30,
    agenda: [
      '- How are things going?',
      '- Progress on goals, and anything blocking it',
      '- Open action items',
      '- Feedback, both ways',
    ].join('\n'),
  },
};

/** "Performance review with Ana Lima" for one person, else just the template's name. */
export function subjectFor(template: MeetingTemplate, people: readonly Person[]): string {
  const [only] = people;
  return people.length === 1 && only
    ? `${template.label} with ${only.displayName}`
    : template.label;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * The agenda text as the appointment body's HTML: lines starting with "- " become a bulleted
 * list, other lines paragraphs, blank lines are dropped. Everything typed is escaped, so the
 * agenda can never inject markup into the meeting.
 */
export function agendaHtml(agenda: string): string {
  const html: string[] = [];
  let items: string[] = [];
  const closeList = () => {
    if (items.length > 0) html.push(`<ul>${items.join('')}</ul>`);
    items = [];
  };
  for (const line of agenda.split(/\r?\n/).map((l) => l.trim())) {
    if (line.startsWith('- ')) {
      items.push(`<li>${escapeHtml(line.slice(2).trim())}</li>`);
      continue;
    }
    closeList();
    if (line !== '') html.push(`<p>${escapeHtml(line)}</p>`);
  }
  closeList();
  return html.join('');
}
