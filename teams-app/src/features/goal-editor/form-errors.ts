import { ApiError } from '../../api/api-error';

/** The form's fields, in the order they appear, so the first error is the first on screen. */
export const FIELD_KEYS = [
  'title',
  'description',
  'level',
  'metric.unit',
  'metric.start',
  'metric.target',
  'startDate',
  'dueDate',
  'visibility',
  'parents',
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

/** A message per field that has a problem. */
export type FieldErrors = Partial<Record<FieldKey, string>>;

/** Field names as the summary says them. */
export const FIELD_LABELS: Record<FieldKey, string> = {
  title: 'Title',
  description: 'Description',
  level: 'Level',
  'metric.unit': 'Unit',
  'metric.start': 'Start value',
  'metric.target': 'Target',
  startDate: 'Start date',
  dueDate: 'Due date',
  visibility: 'Who can see it',
  parents: 'Aligned to',
};

function isFieldKey(key: string): key is FieldKey {
  return (FIELD_KEYS as readonly string[]).includes(key);
}

/** The form field a problem+json field path belongs to, if any. */
export function fieldKeyOf(serverField: string): FieldKey | undefined {
  if (isFieldKey(serverField)) return serverField;
  if (serverField === 'parentIds' || serverField.startsWith('parentIds.')) return 'parents';
  if (serverField === 'metric') return 'metric.unit';
  // The period follows the due date: the form has no period field of its own.
  if (serverField === 'periodId') return 'dueDate';
  return undefined;
}

/** Server problems split into field messages and the ones no field can show. */
export interface ServerProblems {
  errors: FieldErrors;
  /** A message for the top of the form, when there is no field to put it next to. */
  general?: string;
}

/** Turns a failed save into messages next to fields, plus a general message if needed. */
export function problemsOf(error: unknown): ServerProblems {
  if (!(error instanceof ApiError)) return { errors: {}, general: messageFor(error) };
  const fields: FieldErrors = {};
  const leftOver: string[] = [];
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const key = fieldKeyOf(path);
    if (key) fields[key] ??= capitalize(message);
    else leftOver.push(`${path} ${message}`);
  }
  const mapped = Object.keys(fields).length > 0;
  if (mapped && leftOver.length === 0) return { errors: fields };
  return { errors: fields, general: mapped ? leftOver.join('; ') : error.message };
}

function messageFor(error: unknown): string {
  return error instanceof Error ? error.message : 'The goal could not be saved. Please retry.';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first field, in screen order, that has a message. */
export function firstErrorField(errors: FieldErrors): FieldKey | undefined {
  return FIELD_KEYS.find((key) => errors[key] !== undefined);
}
