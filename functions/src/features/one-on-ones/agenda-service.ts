import { randomUUID } from 'node:crypto';
import type {
  AddActionItem,
  AddTalkingPoint,
  OneOnOneView,
  UpdateActionItem,
  UpdateSharedNotes,
  UpdateTalkingPoint,
} from '@northstar/shared';
import type { Caller } from '../access/caller.js';
import { callerCanView } from '../goals/goal-reads.js';
import type { OneOnOneDeps } from './one-on-one-deps.js';
import {
  changeOccurrence,
  fieldError,
  indexOfItem,
  type OccurrenceTarget,
} from './occurrence-change.js';
import { findVisibleSeries } from './series-service.js';

/** The names of the fields an update sets, for the audit trail (never their values). */
function fieldsOf(update: object): string[] {
  return Object.keys(update).sort();
}

/**
 * Every linked goal must be one the caller may see (a private goal of someone else answers like
 * an unknown one, so linking cannot probe for it); checked only for a participant.
 */
async function checkGoalLinks(
  deps: OneOnOneDeps,
  caller: Caller,
  target: OccurrenceTarget,
  goalIds: string[] = [],
) {
  await findVisibleSeries(deps, caller, target.seriesId);
  const goals = await Promise.all(goalIds.map((id) => deps.goals.get(caller.tenantId, id)));
  const visible = await Promise.all(
    goals.map((goal) => (goal === null ? Promise.resolve(false) : callerCanView(caller, goal))),
  );
  if (visible.includes(false)) throw fieldError('goalIds', 'names an unknown goal');
}

/** Adds a talking point by the caller, optionally linked to goals. */
export async function addTalkingPoint(
  deps: OneOnOneDeps,
  caller: Caller,
  target: OccurrenceTarget,
  input: AddTalkingPoint,
): Promise<OneOnOneView> {
  await checkGoalLinks(deps, caller, target, input.goalIds);
  const point = {
    id: `tp-${randomUUID()}`,
    authorId: caller.person.id,
    text: input.text,
    goalIds: input.goalIds ?? [],
    done: false,
  };
  const audit = { action: 'add_talking_point', itemId: point.id };
  return changeOccurrence(deps, caller, target, { ifMatchRequired: false, audit }, (doc) => ({
    agenda: [...doc.agenda, point],
  }));
}

/** Edits a talking point (either participant; If-Match on the 1:1). */
export async function updateTalkingPoint(
  deps: OneOnOneDeps,
  caller: Caller,
  target: OccurrenceTarget & { pointId: string },
  input: UpdateTalkingPoint,
): Promise<OneOnOneView> {
  await checkGoalLinks(deps, caller, target, input.goalIds);
  const audit = { action: 'update_talking_point', itemId: target.pointId, fields: fieldsOf(input) };
  return changeOccurrence(deps, caller, target, { ifMatchRequired: true, audit }, (doc) => {
    const index = indexOfItem(doc.agenda, target.pointId, 'talking point');
    return { agenda: doc.agenda.map((p, i) => (i === index ? { ...p, ...input } : p)) };
  });
}

/** Replaces the shared notes (If-Match on the 1:1). */
export function updateSharedNotes(
  deps: OneOnOneDeps,
  caller: Caller,
  target: OccurrenceTarget,
  input: UpdateSharedNotes,
): Promise<OneOnOneView> {
  const audit = { action: 'update_shared_notes' };
  return changeOccurrence(deps, caller, target, { ifMatchRequired: true, audit }, () => ({
    sharedNotes: input.sharedNotes,
  }));
}

/** An action item's owner must be one of the two participants. */
async function checkOwner(deps: OneOnOneDeps, caller: Caller, seriesId: string, ownerId?: string) {
  if (ownerId === undefined) return;
  const series = await findVisibleSeries(deps, caller, seriesId);
  if (ownerId !== series.managerId && ownerId !== series.reportId) {
    throw fieldError('ownerId', 'must be one of the two participants');
  }
}

/** Adds an action item owned by one of the participants. */
export async function addActionItem(
  deps: OneOnOneDeps,
  caller: Caller,
  target: OccurrenceTarget,
  input: AddActionItem,
): Promise<OneOnOneView> {
  await checkOwner(deps, caller, target.seriesId, input.ownerId);
  const item = {
    id: `ai-${randomUUID()}`,
    ownerId: input.ownerId,
    text: input.text,
    done: false,
    dueDate: input.dueDate ?? null,
  };
  const audit = { action: 'add_action_item', itemId: item.id };
  return changeOccurrence(deps, caller, target, { ifMatchRequired: false, audit }, (doc) => ({
    actionItems: [...doc.actionItems, item],
  }));
}

/** Edits an action item or marks it done (If-Match on the 1:1). */
export async function updateActionItem(
  deps: OneOnOneDeps,
  caller: Caller,
  target: OccurrenceTarget & { itemId: string },
  input: UpdateActionItem,
): Promise<OneOnOneView> {
  await checkOwner(deps, caller, target.seriesId, input.ownerId);
  const audit = { action: 'update_action_item', itemId: target.itemId, fields: fieldsOf(input) };
  return changeOccurrence(deps, caller, target, { ifMatchRequired: true, audit }, (doc) => {
    const index = indexOfItem(doc.actionItems, target.itemId, 'action item');
    return { actionItems: doc.actionItems.map((a, i) => (i === index ? { ...a, ...input } : a)) };
  });
}
