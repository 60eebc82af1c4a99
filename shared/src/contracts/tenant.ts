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

/** Longest company value name, in characters. */
export const COMPANY_VALUE_MAX_LENGTH = 40;

/** One company value kudos are tied to, e.g. "Customer obsessed". */
export const CompanyValueSchema = z.string().trim().min(1).max(COMPANY_VALUE_MAX_LENGTH);

/** A tenant's company values: 1 to 12 distinct names, in the order people see them. */
export const CompanyValuesSchema = z
  .array(CompanyValueSchema)
  .min(1)
  .max(12)
  .refine((values) => new Set(values).size === values.length, {
    error: 'must not name a value twice',
  });

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
  /** The values kudos are given for (HR edits them; a new tenant gets defaults). */
  companyValues: CompanyValuesSchema,
});
export type TenantSettings = z.infer<typeof TenantSettingsSchema>;
