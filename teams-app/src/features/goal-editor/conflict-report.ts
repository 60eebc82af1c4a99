import type { GoalView } from '@northstar/shared';
import { formatDate } from '../../components/format';
import {
  changedFields,
  editableOfDraft,
  editableOfGoal,
  type EditableField,
  type EditableGoal,
} from './draft-patch';
import type { GoalDraft } from './goal-draft';

const LABELS: Record<EditableField, string> = {
  title: 'Title',
  description: 'Description',
  metric: 'Metric',
  startDate: 'Start date',
  dueDate: 'Due date',
  visibility: 'Visibility',
  parentIds: 'Aligned to',
};

/** A goal's title for a parent id; the id itself when the title is not known. */
export type TitleOf = (goalId: string) => string;

function quote(text: string): string {
  if (text === '') return 'empty';
  return `“${text.length > 80 ? `${text.slice(0, 79)}…` : text}”`;
}

function describe(goal: EditableGoal, field: EditableField, titleOf: TitleOf): string {
  switch (field) {
    case 'title':
    case 'description':
      return quote(goal[field]);
    case 'metric':
      return goal.metric
        ? `from ${String(goal.metric.start)} to ${String(goal.metric.target)} ${goal.metric.unit}`
        : 'none';
    case 'startDate':
    case 'dueDate':
      return formatDate(goal[field]);
    case 'visibility':
      return goal.visibility;
    case 'parentIds':
      return goal.parentIds.length === 0
        ? 'nothing'
        : goal.parentIds.map((p) => `${titleOf(p.goalId)} (weight ${String(p.weight)})`).join(', ');
  }
}

/**
 * What someone else changed while the writer was editing, one sentence per field, saying
 * whether the form kept the writer's version or took the new value.
 */
export function describeConflict(
  before: GoalView,
  after: GoalView,
  draft: GoalDraft,
  titleOf: TitleOf,
): string[] {
  const old = editableOfGoal(before);
  const now = editableOfGoal(after);
  const edited = new Set(changedFields(old, editableOfDraft(draft)));
  return changedFields(old, now).map((field) => {
    const change = `${LABELS[field]} is now ${describe(now, field, titleOf)} (was ${describe(old, field, titleOf)}).`;
    return edited.has(field)
      ? `${change} You changed it too: the form keeps your version.`
      : `${change} The form now shows the new value.`;
  });
}
