import {
  CompanyValuesResponseSchema,
  EvidenceSchema,
  KudosViewSchema,
  NotificationViewSchema,
  ReminderRunSummarySchema,
  pageSchema,
  type Evidence,
  type GiveKudos,
  type KudosView,
  type NotificationView,
  type Page,
  type ReminderRunSummary,
} from '@northstar/shared';
import { z } from 'zod';
import { toQuery } from './api-transport';
import { ReviewClient } from './review-api';

const KudosPageSchema = pageSchema(KudosViewSchema);
const NotificationPageSchema = pageSchema(NotificationViewSchema);
const EvidencePageSchema = pageSchema(EvidenceSchema);

/** Kudos, notifications and evidence: what `ApiClient` offers around feedback. */
export class FeedbackClient extends ReviewClient {
  /** Kudos a person received, newest first (public within the organisation). */
  listKudos(
    personId: string,
    page: { limit?: number; cursor?: string } = {},
  ): Promise<Page<KudosView>> {
    const path = `/people/${encodeURIComponent(personId)}/kudos${toQuery(page)}`;
    return this.call(path, KudosPageSchema);
  }

  /** Gives kudos; the same `idempotencyKey` for a retried submission gives them only once. */
  giveKudos(body: GiveKudos, idempotencyKey: string): Promise<KudosView> {
    const headers = { 'idempotency-key': idempotencyKey };
    return this.call('/kudos', KudosViewSchema, { method: 'POST', body, headers });
  }

  /** The company values of the caller's organisation, in order. */
  companyValues(): Promise<string[]> {
    return this.call('/settings/values', CompanyValuesResponseSchema).then((r) => r.values);
  }

  /** The caller's own notifications, newest first (recorded locally in dev mode). */
  listNotifications(
    page: { limit?: number; cursor?: string } = {},
  ): Promise<Page<NotificationView>> {
    return this.call(`/notifications${toQuery(page)}`, NotificationPageSchema);
  }

  /** Dev mode only: runs the hourly reminders now for the caller's organisation. */
  runRemindersNow(): Promise<ReminderRunSummary> {
    return this.call('/dev/reminders/run', ReminderRunSummarySchema, { method: 'POST' });
  }

  /** Chat messages kept as evidence on a goal, newest first (403 for all but its owner's chain). */
  listEvidence(
    goalId: string,
    page: { limit?: number; cursor?: string } = {},
  ): Promise<Page<Evidence>> {
    const path = `/goals/${encodeURIComponent(goalId)}/evidence${toQuery(page)}`;
    return this.call(path, EvidencePageSchema);
  }

  /** Removes evidence from a goal; its text is gone afterwards. */
  removeEvidence(goalId: string, evidenceId: string): Promise<void> {
    const path = `/goals/${encodeURIComponent(goalId)}/evidence/${encodeURIComponent(evidenceId)}`;
    return this.call(path, z.undefined(), { method: 'DELETE' });
  }
}
