import {
  OneOnOneSeriesSchema,
  OneOnOneViewSchema,
  PrivateNoteSchema,
  type AddActionItem,
  type AddTalkingPoint,
  type CreateOneOnOne,
  type OneOnOneSeries,
  type OneOnOneView,
  type PrivateNote,
  type UpdateActionItem,
  type UpdateTalkingPoint,
} from '@northstar/shared';
import { z } from 'zod';
import { ApiTransport } from './api-transport';

/** `GET /api/one-on-ones`. */
export const OneOnOneSeriesListSchema = z.object({ items: z.array(OneOnOneSeriesSchema) });

/** `GET /api/one-on-ones/{seriesId}/meetings`. */
export const OneOnOneListSchema = z.object({ items: z.array(OneOnOneViewSchema) });

/** The API path of a series, or of one of its meetings, with every id encoded. */
export function oneOnOnePath(seriesId: string, meetingId?: string): string {
  const series = `/one-on-ones/${encodeURIComponent(seriesId)}`;
  return meetingId === undefined ? series : `${series}/meetings/${encodeURIComponent(meetingId)}`;
}

/** The 1:1 calls of the API client: series, meetings, agenda, notes and action items. */
export class OneOnOneClient extends ApiTransport {
  /** The 1:1 series the caller takes part in, as manager or as report. */
  listOneOnOneSeries(): Promise<OneOnOneSeries[]> {
    return this.call('/one-on-ones', OneOnOneSeriesListSchema).then((r) => r.items);
  }

  /** Starts the caller's 1:1 series with one of their direct reports. */
  createOneOnOneSeries(reportId: string): Promise<OneOnOneSeries> {
    const options = { method: 'POST', body: { reportId } };
    return this.call('/one-on-ones', OneOnOneSeriesSchema, options);
  }

  /** The 1:1s of a series, earliest first. */
  listOneOnOnes(seriesId: string): Promise<OneOnOneView[]> {
    const path = `${oneOnOnePath(seriesId)}/meetings`;
    return this.call(path, OneOnOneListSchema).then((r) => r.items);
  }

  /** Schedules the next 1:1; it carries open action items over and lists changed goals. */
  createOneOnOne(seriesId: string, body: CreateOneOnOne): Promise<OneOnOneView> {
    const path = `${oneOnOnePath(seriesId)}/meetings`;
    return this.call(path, OneOnOneViewSchema, { method: 'POST', body });
  }

  /** Adds a talking point to a 1:1's shared agenda (no If-Match: an addition never overwrites). */
  addTalkingPoint(seriesId: string, id: string, body: AddTalkingPoint): Promise<OneOnOneView> {
    const path = `${oneOnOnePath(seriesId, id)}/talking-points`;
    return this.call(path, OneOnOneViewSchema, { method: 'POST', body });
  }

  /** Edits or ticks off a talking point; `etag` is the 1:1's. */
  updateTalkingPoint(
    target: { seriesId: string; id: string; pointId: string },
    patch: UpdateTalkingPoint,
    etag: string,
  ): Promise<OneOnOneView> {
    const path = `${oneOnOnePath(target.seriesId, target.id)}/talking-points/${encodeURIComponent(target.pointId)}`;
    return this.call(path, OneOnOneViewSchema, { method: 'PATCH', body: patch, ifMatch: etag });
  }

  /** Replaces a 1:1's shared notes; `etag` is the 1:1's (412 when someone saved first). */
  updateSharedNotes(
    seriesId: string,
    id: string,
    sharedNotes: string,
    etag: string,
  ): Promise<OneOnOneView> {
    const path = `${oneOnOnePath(seriesId, id)}/shared-notes`;
    const options = { method: 'PUT', body: { sharedNotes }, ifMatch: etag };
    return this.call(path, OneOnOneViewSchema, options);
  }

  /** Adds an action item owned by one of the two participants. */
  addActionItem(seriesId: string, id: string, body: AddActionItem): Promise<OneOnOneView> {
    const path = `${oneOnOnePath(seriesId, id)}/action-items`;
    return this.call(path, OneOnOneViewSchema, { method: 'POST', body });
  }

  /** Edits an action item or marks it done; `etag` is the 1:1's. */
  updateActionItem(
    target: { seriesId: string; id: string; itemId: string },
    patch: UpdateActionItem,
    etag: string,
  ): Promise<OneOnOneView> {
    const path = `${oneOnOnePath(target.seriesId, target.id)}/action-items/${encodeURIComponent(target.itemId)}`;
    return this.call(path, OneOnOneViewSchema, { method: 'PATCH', body: patch, ifMatch: etag });
  }

  /** The caller's own private note on a 1:1; 404 until they write one. */
  getPrivateNote(seriesId: string, id: string): Promise<PrivateNote> {
    return this.call(`${oneOnOnePath(seriesId, id)}/private-note`, PrivateNoteSchema);
  }

  /** Writes the caller's private note; pass the note's `etag` once it exists. */
  putPrivateNote(seriesId: string, id: string, text: string, etag?: string): Promise<PrivateNote> {
    const path = `${oneOnOnePath(seriesId, id)}/private-note`;
    const options = {
      method: 'PUT',
      body: { text },
      ...(etag === undefined ? {} : { ifMatch: etag }),
    };
    return this.call(path, PrivateNoteSchema, options);
  }
}
