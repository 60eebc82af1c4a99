import type { FieldErrors } from './form-errors';
import { isValidWeight, parseNumber, type GoalDraft } from './goal-draft';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkMetric(draft: GoalDraft, errors: FieldErrors): void {
  if (!draft.measured) return;
  if (draft.unit.trim() === '') errors['metric.unit'] = 'Say what you count, for example tickets.';
  else if (draft.unit.trim().length > 24) errors['metric.unit'] = 'Use at most 24 characters.';
  if (parseNumber(draft.start) === undefined) errors['metric.start'] = 'Enter the starting number.';
  if (parseNumber(draft.target) === undefined) errors['metric.target'] = 'Enter the target number.';
}

function checkDates(draft: GoalDraft, errors: FieldErrors): void {
  if (!DATE.test(draft.startDate)) errors.startDate = 'Enter the date you start.';
  if (!DATE.test(draft.dueDate)) errors.dueDate = 'Enter the date it is due.';
  else if (DATE.test(draft.startDate) && draft.dueDate < draft.startDate) {
    errors.dueDate = 'The due date must be on or after the start date.';
  }
}

function checkParents(draft: GoalDraft, errors: FieldErrors): void {
  if (draft.level === 'company' || draft.parents.length < 2) return;
  if (!draft.parents.every((p) => isValidWeight(p.weight)))
    errors.parents = 'Give each weight as a whole number from 1 to 100.';
}

/** Quick checks before saving, with the same kind of messages the server gives. */
export function checkDraft(draft: GoalDraft): FieldErrors {
  const errors: FieldErrors = {};
  const title = draft.title.trim();
  if (title === '') errors.title = 'Give your goal a title.';
  else if (title.length < 3) errors.title = 'Use at least 3 characters.';
  else if (title.length > 200) errors.title = 'Use at most 200 characters.';
  if (draft.description.length > 4000) errors.description = 'Use at most 4000 characters.';
  checkMetric(draft, errors);
  checkDates(draft, errors);
  checkParents(draft, errors);
  return errors;
}
