import type { GoalView } from '@northstar/shared';

type Compared = Exclude<keyof GoalView, 'etag' | 'updatedAt' | 'progress' | 'status' | 'tenantId'>;

/** What people call each field that can change under them, in the order they are listed. */
const WORDS: [Compared[], string][] = [
  [['state'], 'it was archived'],
  [['title'], 'the title'],
  [['description'], 'the description'],
  [['ownerId'], 'the owner'],
  [['metric'], 'the metric'],
  [['current', 'lastCheckInAt', 'lastConfidence'], 'a new check-in'],
  [['startDate', 'dueDate'], 'the dates'],
  [['periodId'], 'the period'],
  [['parentIds'], 'what it rolls up to'],
  [['visibility'], 'who can see it'],
];

/** The changes between two versions of a goal, in words ("the title", "a new check-in"). */
export function describeChanges(before: GoalView, after: GoalView): string[] {
  return WORDS.filter(([fields]) =>
    fields.some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])),
  ).map(([, words]) => words);
}

/** "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** What to tell someone whose action met a newer version of the goal. */
export function conflictMessage(before: GoalView, after: GoalView): string {
  if (after.state === 'archived') return 'Someone archived it in the meantime.';
  const changes = describeChanges(before, after);
  const what = changes.length === 0 ? 'it was saved again' : listInWords(changes);
  return `Someone changed it since you opened it (${what}). It now shows the latest version; archive it again if you still want to.`;
}
