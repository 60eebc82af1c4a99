import { randomUUID } from 'node:crypto';
import type {
  AddActionItem,
  AddTalkingPoint,
  UpdateActionItem,
  UpdateSharedNotes,
  UpdateTalkingPoint,
} from '@northstar/shared';
import type { Caller } from '../access/caller.js';
import type { OneOnOneDeps, OneOnOneView } from './one-on-one-deps.js';
import {
  changeOccurrence,
  fieldError,
  indexOfItem,
  type OccurrenceTarget,
} from './occurrence-change.js';
import { findVisibleSeries } from './series-service.js';

/** Every linked goal must exist in the caller's tenant; checked only for a participant. */
async function checkGoalLinks(
  deps: OneOnOneDeps,
  caller: Caller,
  target: OccurrenceTarget,
  goalIds: string[] = [],
) {
  await findVisibleSeries(deps, caller, target.seriesId);
  const goals = await Promise.all(goalIds.map((id) => deps.goals.get(caller.tenantId, id)));
  if (goals.some((goal) => goal === null)) throw fieldError('goalIds', 'names an unknown goal');
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
  return changeOccurrence(deps, caller, target, { ifMatchRequired: false }, (doc) => ({
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
  return changeOccurrence(deps, caller, target, { ifMatchRequired: true }, (doc) => {
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
  return changeOccurrence(deps, caller, target, { ifMatchRequired: true }, () => ({
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
  return changeOccurrence(deps, caller, target, { ifMatchRequired: false }, (doc) => ({
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
  return changeOccurrence(deps, caller, target, { ifMatchRequired: true }, (doc) => {
    const index = indexOfItem(doc.actionItems, target.itemId, 'action item');
    return { actionItems: doc.actionItems.map((a, i) => (i === index ? { ...a, ...input } : a)) };
  });
}
