import { z } from 'zod';
import { IdSchema, InstantSchema, PageQuerySchema } from './common.js';
import { COMPANY_VALUE_MAX_LENGTH } from './tenant.js';

/** Longest kudos message, in characters (UTF-16 units, as `String.length` counts). */
export const KUDOS_MESSAGE_MAX_LENGTH = 500;

/**
 * The link of the chat message kudos were given from (the message's "..." menu): `https` only,
 * so it can never be a `javascript:` link where the tab shows it.
 */
export const MessageLinkSchema = z.url({ protocol: /^https$/ }).max(2048);

/** Public praise from one person to another, tied to one of the tenant's company values. */
export const KudosSchema = z.object({
  id: IdSchema,
  tenantId: z.string(),
  giverId: IdSchema,
  receiverId: IdSchema,
  /** One of the tenant's company values when the kudos were given. */
  value: z.string(),
  message: z.string(),
  /** A goal the giver could see when giving them. */
  goalId: IdSchema.optional(),
  messageLink: MessageLinkSchema.optional(),
  createdAt: InstantSchema,
});
export type Kudos = z.infer<typeof KudosSchema>;

/** The goal kudos are about, as a viewer who may see it sees it. */
export const KudosGoalSchema = z.object({ id: IdSchema, title: z.string() });
export type KudosGoal = z.infer<typeof KudosGoalSchema>;

/**
 * Kudos as the API returns them. Kudos are public in the tenant, but the goal they name may be
 * private: `goal` is present only for a viewer who may see that goal, so its id never leaks.
 */
export const KudosViewSchema = KudosSchema.omit({ goalId: true }).extend({
  goal: KudosGoalSchema.optional(),
});
export type KudosView = z.infer<typeof KudosViewSchema>;

/**
 * `POST /api/kudos`. `value` is compared exactly (no trimming) with the tenant's values; the
 * receiver, value and goal are checked against the tenant by the service.
 */
export const GiveKudosSchema = z.strictObject({
  receiverId: IdSchema,
  value: z.string().min(1).max(COMPANY_VALUE_MAX_LENGTH),
  message: z.string().trim().min(1).max(KUDOS_MESSAGE_MAX_LENGTH),
  goalId: IdSchema.optional(),
  messageLink: MessageLinkSchema.optional(),
});
export type GiveKudos = z.infer<typeof GiveKudosSchema>;

/** `GET /api/people/{id}/kudos?limit=&cursor=`: newest first. */
export const KudosQuerySchema = PageQuerySchema;
export type KudosQuery = z.infer<typeof KudosQuerySchema>;

/** `GET /api/settings/values`: the tenant's company values, in order. */
export const CompanyValuesResponseSchema = z.object({ values: z.array(z.string()) });
export type CompanyValuesResponse = z.infer<typeof CompanyValuesResponseSchema>;
