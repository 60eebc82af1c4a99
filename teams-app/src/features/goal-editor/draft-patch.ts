import type { GoalView, Metric, ParentLink, UpdateGoal, Visibility } from '@northstar/shared';
import { draftFromGoal, isPersonal, metricOf, parentLinksOf, type GoalDraft } from './goal-draft';

/** The fields of a saved goal that the editor can change. */
export interface EditableGoal {
  title: string;
  description: string;
  metric: Metric | null;
  startDate: string;
  dueDate: string;
  visibility: Visibility;
  parentIds: ParentLink[];
}

export type EditableField = keyof EditableGoal;

export const EDITABLE_FIELDS: readonly EditableField[] = [
  'title',
  'description',
  'metric',
  'startDate',
  'dueDate',
  'visibility',
  'parentIds',
];

/** Which parts of the draft hold each editable field. */
const DRAFT_KEYS: Record<EditableField, readonly (keyof GoalDraft)[]> = {
  title: ['title'],
  description: ['description'],
  metric: ['measured', 'unit', 'start', 'target'],
  startDate: ['startDate'],
  dueDate: ['dueDate'],
  visibility: ['visibility'],
  parentIds: ['parents'],
};

/** The editable fields of a saved goal. */
export function editableOfGoal(goal: GoalView): EditableGoal {
  return {
    title: goal.title.trim(),
    description: goal.description.trim(),
    metric: goal.metric,
    startDate: goal.startDate,
    dueDate: goal.dueDate,
    visibility: goal.visibility,
    parentIds: goal.parentIds,
  };
}

/** The editable fields as the draft would save them. */
export function editableOfDraft(draft: GoalDraft): EditableGoal {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    metric: metricOf(draft) ?? null,
    startDate: draft.startDate,
    dueDate: draft.dueDate,
    visibility: draft.visibility,
    parentIds: parentLinksOf(draft),
  };
}

/** The fields whose values differ between `a` and `b`. */
export function changedFields(a: EditableGoal, b: EditableGoal): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]));
}

/** `PATCH` body with only what the writer changed; empty when nothing changed. */
export function toPatch(base: GoalView, draft: GoalDraft): UpdateGoal {
  const next = editableOfDraft(draft);
  const patch: UpdateGoal = {};
  for (const field of changedFields(editableOfGoal(base), next)) {
    if (field === 'visibility' && !isPersonal(base.level)) continue;
    Object.assign(patch, { [field]: next[field] });
  }
  return patch;
}

/**
 * After a 412: fields the writer left alone take the server's new values, fields the writer
 * changed keep the writer's version, so saving again re-applies only their own edits.
 */
export function mergeDraft(oldBase: GoalView, newBase: GoalView, draft: GoalDraft): GoalDraft {
  const edited = new Set(changedFields(editableOfGoal(oldBase), editableOfDraft(draft)));
  const theirs = draftFromGoal(newBase);
  const merged: GoalDraft = { ...draft };
  for (const field of EDITABLE_FIELDS) {
    if (edited.has(field)) continue;
    for (const key of DRAFT_KEYS[field]) Object.assign(merged, { [key]: theirs[key] });
  }
  return merged;
}
