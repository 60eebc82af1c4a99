import { OneOnOneSeriesSchema, OneOnOneViewSchema } from '@northstar/shared';
import { z } from 'zod';

/** `GET /api/one-on-ones`. */
export const OneOnOneSeriesListSchema = z.object({ items: z.array(OneOnOneSeriesSchema) });

/** `GET /api/one-on-ones/{seriesId}/meetings`. */
export const OneOnOneListSchema = z.object({ items: z.array(OneOnOneViewSchema) });

/** The API path of a series, or of one of its meetings, with every id encoded. */
export function oneOnOnePath(seriesId: string, meetingId?: string): string {
  const series = `/one-on-ones/${encodeURIComponent(seriesId)}`;
  return meetingId === undefined ? series : `${series}/meetings/${encodeURIComponent(meetingId)}`;
}
