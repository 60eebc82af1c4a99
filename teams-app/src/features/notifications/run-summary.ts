import type { ReminderRunSummary } from '@northstar/shared';

function count(n: number, one: string, many: string): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}

function sentSentence({ sent, digests }: ReminderRunSummary): string {
  if (sent === 0 && digests === 0) return 'Sent nothing: no reminder is due for anyone at work.';
  const parts = [
    ...(sent > 0 ? [count(sent, 'reminder', 'reminders')] : []),
    ...(digests > 0 ? [count(digests, 'weekly digest', 'weekly digests')] : []),
  ];
  return `Sent ${parts.join(' and ')}.`;
}

/**
 * What a reminder run did, in plain sentences: "Sent 2 reminders. 14 of 41 people are outside
 * their working hours right now." Only what happened is mentioned.
 */
export function runSummaryInWords(summary: ReminderRunSummary): string {
  const { considered, outsideWorkingHours, deferred, skipped, failures, unknownTimeZones } =
    summary;
  const sentences = [sentSentence(summary)];
  if (outsideWorkingHours > 0) {
    const verb = outsideWorkingHours === 1 ? 'is' : 'are';
    sentences.push(
      `${String(outsideWorkingHours)} of ${count(considered, 'person', 'people')} ${verb} ` +
        'outside their working hours right now.',
    );
  }
  if (deferred > 0) {
    sentences.push(`${count(deferred, 'reminder waits', 'reminders wait')} for the weekly digest.`);
  }
  if (skipped > 0) {
    sentences.push(`${count(skipped, 'person does', 'people do')} not have Northstar in Teams.`);
  }
  if (failures > 0) {
    sentences.push(`${count(failures, 'send', 'sends')} failed and will be tried again.`);
  }
  if (unknownTimeZones > 0) {
    sentences.push(`${count(unknownTimeZones, 'person has', 'people have')} an unknown time zone.`);
  }
  return sentences.join(' ');
}
