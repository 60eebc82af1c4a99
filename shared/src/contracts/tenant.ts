import { z } from 'zod';
import { DateSchema, IdSchema } from './common.js';

/** A goal period such as "FY27 Q1": goals belong to exactly one. */
export const PeriodSchema = z.object({
  id: IdSchema,
  name: z.string(),
  startDate: DateSchema,
  endDate: DateSchema,
});
export type Period = z.infer<typeof PeriodSchema>;

/** Per-tenant settings that the rules read. */
export const TenantSettingsSchema = z.object({
  tenantId: z.string(),
  name: z.string(),
  periods: z.array(PeriodSchema),
  /** A goal with no check-in for longer than this is `stale`. */
  checkInCadenceDays: z.number().int().min(1).max(90),
  /** An owner with more active goals than this gets an `owner_overloaded` flag. */
  maxActiveGoalsPerOwner: z.number().int().min(1).max(50),
  /** People who are admins besides those with the `Northstar.Admin` app role. */
  adminIds: z.array(IdSchema),
  anonymityThreshold: z.number().int().min(3).max(25),
});
export type TenantSettings = z.infer<typeof TenantSettingsSchema>;
