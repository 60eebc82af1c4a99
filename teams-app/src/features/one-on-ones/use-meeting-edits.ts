import type { AddActionItem, AddTalkingPoint } from '@northstar/shared';
import { useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { messageOf } from '../../api/api-error';
import type { OneOnOneView } from '@northstar/shared';
import { useApp } from '../../app/app-context';
import type { MeetingWrites } from './use-meeting-writes';

/** A talking point shown before the server has it. */
export interface PendingPoint {
  id: string;
  text: string;
  goalIds: string[];
}

/** An action item shown before the server has it. */
export interface PendingItem {
  id: string;
  text: string;
  ownerId: string;
  dueDate: string | null;
}

/** Which list a done toggle belongs to. */
export type ListKind = 'agenda' | 'actions';

/** A toggle that failed and was rolled back, in words. */
export interface ToggleError {
  kind: ListKind;
  message: string;
}

/** Additions shown at once, marked as being added, and taken back if the server refuses. */
function usePendingAdds(seriesId: string, writes: MeetingWrites) {
  const { api } = useApp();
  const [pendingPoints, setPendingPoints] = useState<PendingPoint[]>([]);
  const [pendingItems, setPendingItems] = useState<PendingItem[]>([]);
  const counter = useRef(0);

  /** Shows `entry` until `write` settles; resolves with the error, or null on success. */
  const optimistic = async <T extends { id: string }>(
    setList: Dispatch<SetStateAction<T[]>>,
    entry: Omit<T, 'id'>,
    write: (meeting: OneOnOneView) => Promise<OneOnOneView>,
  ): Promise<unknown> => {
    counter.current += 1;
    const id = `pending-${String(counter.current)}`;
    setList((list) => [...list, { ...entry, id } as T]);
    try {
      await writes.enqueue(write);
      return null;
    } catch (error) {
      return error;
    } finally {
      setList((list) => list.filter((e) => e.id !== id));
    }
  };
  return {
    pendingPoints,
    pendingItems,
    addPoint: (input: AddTalkingPoint) =>
      optimistic(setPendingPoints, { text: input.text, goalIds: input.goalIds ?? [] }, (m) =>
        api.addTalkingPoint(seriesId, m.id, input),
      ),
    addItem: (input: AddActionItem) =>
      optimistic(setPendingItems, { ...input, dueDate: input.dueDate ?? null }, (m) =>
        api.addActionItem(seriesId, m.id, input),
      ),
  };
}

/** Ticks that flip at once and flip back, with the reason, if the server refuses. */
function useDoneToggles(seriesId: string, writes: MeetingWrites) {
  const { api } = useApp();
  const [doneOverrides, setDoneOverrides] = useState<Readonly<Record<string, boolean>>>({});
  const [toggleError, setToggleError] = useState<ToggleError | null>(null);
  const setDone = async (kind: ListKind, entry: { id: string; text: string }, done: boolean) => {
    setToggleError(null);
    setDoneOverrides((o) => ({ ...o, [entry.id]: done }));
    try {
      await writes.updateField((id, etag) =>
        kind === 'agenda'
          ? api.updateTalkingPoint({ seriesId, id, pointId: entry.id }, { done }, etag)
          : api.updateActionItem({ seriesId, id, itemId: entry.id }, { done }, etag),
      );
    } catch (error) {
      const what = kind === 'agenda' ? 'discussed' : 'done';
      const change = done ? `marked as ${what}` : `marked as not ${what}`;
      const message = `“${entry.text}” could not be ${change}. ${messageOf(error)}`;
      setToggleError({ kind, message });
    } finally {
      setDoneOverrides(({ [entry.id]: _dropped, ...rest }) => rest);
    }
  };
  return {
    doneOverrides,
    toggleError,
    setDone: (kind: ListKind, entry: { id: string; text: string }, done: boolean) =>
      void setDone(kind, entry, done),
  };
}

/**
 * Optimistic edits of the current 1:1: additions show at once (marked as being added) and
 * ticks flip at once; a failure takes them back and hands the error to the form or the list.
 */
export function useMeetingEdits(seriesId: string, writes: MeetingWrites) {
  return { ...usePendingAdds(seriesId, writes), ...useDoneToggles(seriesId, writes) };
}

/** What the current 1:1's sections get from `useMeetingEdits`. */
export type MeetingEdits = ReturnType<typeof useMeetingEdits>;
