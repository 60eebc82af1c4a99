import type { CreateCheckIn, GoalView } from '@northstar/shared';
import { deriveStatus, ownProgress } from '@northstar/shared';

/** What the check-in form holds while someone types. */
export interface CheckInDraft {
  /** The new value as typed (text, so a half-typed number survives). */
  value: string;
  /** "Mark as done": the value becomes the target (or 100%). */
  done: boolean;
  /** 0-10. */
  confidence: number;
  note: string;
}

/** The fields of the form that the server may name in a problem+json. */
export type CheckInField = 'value' | 'confidence' | 'note';

/** A message per field, shown next to it. */
export type CheckInFieldErrors = Partial<Record<CheckInField, string>>;

/** Longest note the API accepts. */
export const NOTE_MAX_LENGTH = 2000;

const LIMIT = 1e12;

/** The form for a goal: its current value and last confidence (5 before the first check-in). */
export function initialDraft(goal: GoalView): CheckInDraft {
  const value = goal.current ?? goal.metric?.start ?? 0;
  return { value: String(value), done: false, confidence: goal.lastConfidence ?? 5, note: '' };
}

/** The value that means "done": the metric's target, or 100 (%) without a metric. */
export function doneValue(goal: Pick<GoalView, 'metric'>): number {
  return goal.metric ? goal.metric.target : 100;
}

/** The unit a value is typed in: the metric's, or percent. */
export function valueUnit(goal: Pick<GoalView, 'metric'>): string {
  return goal.metric ? goal.metric.unit : '%';
}

/**
 * The request for a draft, or the messages to show beside the fields when it cannot be sent.
 * Checks what the server checks, so most mistakes never cost a round trip.
 */
export function readDraft(
  goal: Pick<GoalView, 'metric'>,
  draft: CheckInDraft,
): { body: CreateCheckIn; errors?: undefined } | { errors: CheckInFieldErrors } {
  const errors: CheckInFieldErrors = {};
  const value = draft.done ? doneValue(goal) : parseValue(draft.value);
  if (value === null) errors.value = 'Enter a number.';
  else if (!goal.metric && (value < 0 || value > 100)) {
    errors.value = 'Enter a percentage from 0 to 100.';
  }
  const { confidence } = draft;
  if (!Number.isInteger(confidence) || confidence < 0 || confidence > 10) {
    errors.confidence = 'Choose a confidence from 0 to 10.';
  }
  if (draft.note.length > NOTE_MAX_LENGTH) {
    errors.note = `Keep the note to ${String(NOTE_MAX_LENGTH)} characters.`;
  }
  if (value === null || Object.keys(errors).length > 0) return { errors };
  const note = draft.note.trim();
  return { body: note === '' ? { value, confidence } : { value, confidence, note } };
}

function parseValue(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && Math.abs(value) <= LIMIT ? value : null;
}

/**
 * The goal as it will look once the check-in is saved, to show at once. Progress comes from the
 * goal's own numbers; for a goal without a metric that rolls up children the server's answer
 * corrects it a moment later.
 */
export function optimisticGoal(goal: GoalView, body: CreateCheckIn, now: Date): GoalView {
  const progress = ownProgress({ metric: goal.metric, current: body.value }) ?? goal.progress;
  const lastCheckInAt = now.toISOString();
  const status = deriveStatus(
    {
      progress,
      startDate: goal.startDate,
      dueDate: goal.dueDate,
      lastCheckInAt,
      createdAt: goal.createdAt,
      lastConfidence: body.confidence,
      state: goal.state,
    },
    now,
    // Checked in this instant, so no cadence can make it stale: any value gives the same answer.
    1,
  );
  return {
    ...goal,
    current: body.value,
    progress,
    status,
    lastConfidence: body.confidence,
    lastCheckInAt,
  };
}
