import { z } from 'zod';
import { IdSchema } from './common.js';

export const WeekdaySchema = z.enum([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
export type Weekday = z.infer<typeof WeekdaySchema>;

/** Time of day `HH:MM` (24 h). */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');

/** Working hours in the person's own IANA time zone. */
export const WorkingHoursSchema = z.object({
  days: z.array(WeekdaySchema),
  startTime: TimeOfDaySchema,
  endTime: TimeOfDaySchema,
  timeZone: z.string(),
});
export type WorkingHours = z.infer<typeof WorkingHoursSchema>;

/** A person as the directory (Graph or the demo tenant) knows them. */
export const PersonSchema = z.object({
  id: IdSchema,
  displayName: z.string(),
  mail: z.string(),
  jobTitle: z.string(),
  department: z.string(),
  managerId: IdSchema.nullable(),
  timeZone: z.string(),
  workingHours: WorkingHoursSchema,
});
export type Person = z.infer<typeof PersonSchema>;

export const RoleSchema = z.enum(['employee', 'manager', 'admin']);
export type Role = z.infer<typeof RoleSchema>;

/** `GET /api/me`. */
export const MeResponseSchema = z.object({
  tenantId: z.string(),
  person: PersonSchema,
  roles: z.array(RoleSchema),
  manager: PersonSchema.nullable(),
  directReports: z.array(PersonSchema),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const PeopleQuerySchema = z.strictObject({
  search: z.string().max(100).optional(),
});
