import { z } from 'zod';
import { parseOrThrow } from '../http/field-errors.js';

const text = (max: number) => z.string().max(max);
const id = z.string().min(1).max(512);

/** A channel account: a user or the bot. Teams adds the Entra object id for users. */
const AccountSchema = z.looseObject({
  id,
  name: text(256).optional(),
  aadObjectId: text(128).optional(),
});

/**
 * The parts of an incoming Bot Framework activity this bot reads. Unknown fields pass through
 * (the Agents SDK gets the activity as sent); `value` is parsed per invoke by its handler.
 * Every string is bounded so a hostile activity is refused before any work.
 */
export const BotActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  name: text(128).optional(),
  id: text(512).optional(),
  /** `msteams` from Teams; the Agents SDK needs one to answer (`agent:sub` names a sub-channel). */
  channelId: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be a channel id such as msteams'),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  from: AccountSchema,
  recipient: AccountSchema,
  conversation: z.looseObject({ id, tenantId: text(128).optional() }),
  channelData: z.looseObject({ tenant: z.looseObject({ id: text(128) }).optional() }).optional(),
  value: z.unknown().optional(),
});

/** An activity whose envelope has been checked. */
export type BotActivity = z.infer<typeof BotActivitySchema>;

/** Checks the envelope of a parsed JSON body; a `validation` error names each bad field. */
export function parseActivity(body: unknown): BotActivity {
  return parseOrThrow('body', BotActivitySchema, body);
}

/**
 * Parses a part of an invoke's value with `schema`; a `validation` error names the fields where
 * they sit in the activity, `body.<at>.<path>` (`at` is a dotted path such as `value.action.data`).
 */
export function parseInvokeValue<S extends z.ZodType>(
  schema: S,
  input: unknown,
  at = 'value',
): z.output<S> {
  const keys = at.split('.');
  const nested = keys.reduceRight<z.ZodType>((inner, key) => z.object({ [key]: inner }), schema);
  let parsed: unknown = parseOrThrow('body', nested, nest(keys, input));
  for (const key of keys) parsed = (parsed as Record<string, unknown>)[key];
  return parsed as z.output<S>;
}

function nest(keys: readonly string[], input: unknown): unknown {
  return keys.reduceRight((inner, key) => ({ [key]: inner }), input);
}

/** The tenant an activity comes from: the conversation's, else the channel data's. */
export function tenantOf(activity: BotActivity): string | undefined {
  return activity.conversation.tenantId ?? activity.channelData?.tenant?.id;
}
