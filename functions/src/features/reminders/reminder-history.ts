import type { ReminderHistory } from '@northstar/shared';
import type { DocumentStore } from '../../ports/document-store.js';
import { isDomainError } from '../../ports/errors.js';
import {
  notificationsCollection,
  reminderWeekId,
  type ReminderWeek,
} from '../notifications/notification-documents.js';

/** One person's current local week as a run read it: the stored document, or none yet. */
export interface WeekRead {
  tenantId: string;
  personId: string;
  weekStart: string;
  stored: ReminderWeek | null;
}

/** What one person is about to get: their keys, and how many count against the weekly cap. */
export interface Claim {
  keys: readonly string[];
  counted: number;
}

/** Reads one person's week. */
export async function readWeek(
  documents: DocumentStore,
  tenantId: string,
  personId: string,
  weekStart: string,
): Promise<WeekRead> {
  const id = reminderWeekId(personId, weekStart);
  const stored = await notificationsCollection<ReminderWeek>(documents).get(tenantId, personId, id);
  return { tenantId, personId, weekStart, stored: stored?.kind === 'reminderWeek' ? stored : null };
}

/** The week as the planner reads it. */
export function historyOf(week: WeekRead): ReminderHistory {
  const { personId, weekStart, stored } = week;
  return {
    personId,
    weekStart,
    sentCount: stored?.sentCount ?? 0,
    sentKeys: stored?.sentKeys ?? [],
  };
}

/** `true` for the store's answer to a write that lost a race (someone else wrote first). */
function lostRace(error: unknown): boolean {
  return (
    isDomainError(error) && (error.code === 'conflict' || error.code === 'precondition_failed')
  );
}

/**
 * Records `claim` in the week BEFORE anything is sent, as an update of exactly the version the
 * plan was made from: when another run changed the week since (it planned and claimed the same
 * person concurrently), this claims nothing and returns null, so a key is never sent twice.
 */
export async function claimWeek(
  documents: DocumentStore,
  week: WeekRead,
  claim: Claim,
  at: string,
): Promise<ReminderWeek | null> {
  const collection = notificationsCollection<ReminderWeek>(documents);
  const { tenantId, personId, weekStart, stored } = week;
  try {
    if (stored === null) {
      return await collection.create({
        id: reminderWeekId(personId, weekStart),
        tenantId,
        recipientId: personId,
        kind: 'reminderWeek',
        weekStart,
        sentCount: claim.counted,
        sentKeys: [...claim.keys],
        lastSentAt: at,
        createdAt: at,
        updatedAt: at,
      });
    }
    const { etag, ...doc } = stored;
    const next = {
      ...doc,
      sentCount: doc.sentCount + claim.counted,
      sentKeys: [...doc.sentKeys, ...claim.keys],
      lastSentAt: at,
      updatedAt: at,
    };
    return await collection.replace(next, etag);
  } catch (error) {
    if (lostRace(error)) return null;
    throw error;
  }
}

/**
 * Gives back what a failed send had claimed, so a later run tries it again. Retries on a
 * concurrent change: another run may be claiming for the same person meanwhile.
 */
export async function releaseClaim(
  documents: DocumentStore,
  claimed: ReminderWeek,
  release: Claim,
  at: string,
): Promise<void> {
  const collection = notificationsCollection<ReminderWeek>(documents);
  const keys = new Set(release.keys);
  let current: ReminderWeek | null = claimed;
  for (let attempt = 0; current !== null && attempt < 5; attempt += 1) {
    const { etag, ...doc }: ReminderWeek = current;
    const next = {
      ...doc,
      sentCount: Math.max(0, doc.sentCount - release.counted),
      sentKeys: doc.sentKeys.filter((key) => !keys.has(key)),
      updatedAt: at,
    };
    try {
      await collection.replace(next, etag);
      return;
    } catch (error) {
      if (!lostRace(error)) throw error;
    }
    current = (await readWeek(documents, doc.tenantId, doc.recipientId, doc.weekStart)).stored;
  }
}
