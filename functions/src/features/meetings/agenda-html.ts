import type { CreateMeeting } from '@northstar/shared';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for an HTML body. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The event body: the agenda line by line, and what the meeting is for. */
export function agendaHtml(
  input: Pick<CreateMeeting, 'agenda' | 'reviewId' | 'oneOnOneId'>,
): string {
  const lines = (input.agenda ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<li>${escapeHtml(line)}</li>`);
  const parts = ['<p>Scheduled with Northstar.</p>'];
  if (lines.length > 0) parts.push(`<p>Agenda:</p><ul>${lines.join('')}</ul>`);
  if (input.reviewId) parts.push(`<p>Review: ${escapeHtml(input.reviewId)}</p>`);
  if (input.oneOnOneId) parts.push(`<p>1:1: ${escapeHtml(input.oneOnOneId)}</p>`);
  return parts.join('');
}
