import { randomUUID } from 'node:crypto';
import type { GiveKudos, Kudos, KudosView, Page, PageQuery } from '@northstar/shared';
import { reusedIdempotencyKey } from '../../http/idempotency-key.js';
import { isDomainError } from '../../ports/errors.js';
import type { Caller } from '../access/caller.js';
import { getPerson } from '../people/people-service.js';
import { hashedId } from '../stable-id.js';
import { checkKudos, visibleGoalTitles } from './kudos-checks.js';
import { kudosDocument, kudosOf, type KudosDeps } from './kudos-deps.js';

/** How a caller gives kudos besides the body: the bot passes the activity's id as the key. */
export interface GiveKudosOptions {
  /**
   * Makes the request safe to repeat: the same giver, receiver and key give the same kudos once;
   * a repeat returns the stored kudos, and different kudos under the same key are a `conflict`.
   */
  idempotencyKey?: string;
}

/**
 * Gives kudos from the caller to `input.receiverId`. Errors: `validation` naming the field
 * (`body.receiverId`: the caller or nobody in the tenant; `body.value`: not a company value;
 * `body.goalId`: no goal the giver may see); `conflict` for a reused idempotency key.
 */
export async function giveKudos(
  deps: KudosDeps,
  caller: Caller,
  input: GiveKudos,
  options: GiveKudosOptions = {},
): Promise<KudosView> {
  await checkKudos(deps, caller, input);
  const { idempotencyKey } = options;
  const kudos: Kudos = {
    id:
      idempotencyKey === undefined
        ? `kudos-${randomUUID()}`
        : hashedId('kudos', caller.person.id, input.receiverId, idempotencyKey),
    tenantId: caller.tenantId,
    giverId: caller.person.id,
    receiverId: input.receiverId,
    value: input.value,
    message: input.message,
    ...(input.goalId === undefined ? {} : { goalId: input.goalId }),
    ...(input.messageLink === undefined ? {} : { messageLink: input.messageLink }),
    createdAt: deps.clock.now().toISOString(),
  };
  const stored = await createOnce(deps, kudos);
  await deps.announce?.(stored, caller.person.displayName);
  const goalIds = stored.goalId === undefined ? [] : [stored.goalId];
  return viewOf(stored, await visibleGoalTitles(deps, caller, goalIds));
}

/** Stores new kudos; a repeated request (same id) gets what the first one stored. */
async function createOnce(deps: KudosDeps, kudos: Kudos): Promise<Kudos> {
  try {
    return kudosOf(await deps.feedback.create(kudosDocument(kudos)));
  } catch (error) {
    if (isDomainError(error) && error.code === 'conflict') return earlier(deps, kudos);
    throw error;
  }
}

/** The kudos a repeated request stored before, if it asked for the same kudos. */
async function earlier(deps: KudosDeps, kudos: Kudos): Promise<Kudos> {
  const stored = await deps.feedback.get(kudos.tenantId, kudos.receiverId, kudos.id);
  const found = stored === null ? null : kudosOf(stored);
  const same =
    found !== null &&
    (['value', 'message', 'goalId', 'messageLink'] as const).every((k) => found[k] === kudos[k]);
  if (!same) throw reusedIdempotencyKey('different kudos');
  return found;
}

/**
 * One page of the kudos `receiverId` received, newest first. Kudos are public praise, so anyone
 * in the tenant may read them; a person outside it is `not_found`.
 */
export async function listKudos(
  deps: KudosDeps,
  caller: Caller,
  receiverId: string,
  page: PageQuery,
): Promise<Page<KudosView>> {
  const receiver = await getPerson(deps.directory, caller, receiverId);
  const found = await deps.feedback.query(
    caller.tenantId,
    { partition: receiver.id, where: { kind: 'kudos' }, newestFirst: true },
    { limit: page.limit, ...(page.cursor === undefined ? {} : { cursor: page.cursor }) },
  );
  const items = await viewsOf(deps, caller, found.items.map(kudosOf));
  return found.nextCursor === undefined ? { items } : { items, nextCursor: found.nextCursor };
}

/** Kudos as `caller` sees them: the goal only when the caller may see it. */
async function viewsOf(deps: KudosDeps, caller: Caller, kudos: Kudos[]): Promise<KudosView[]> {
  const goalIds = kudos.flatMap((k) => (k.goalId === undefined ? [] : [k.goalId]));
  const titles = await visibleGoalTitles(deps, caller, goalIds);
  return kudos.map((k) => viewOf(k, titles));
}

function viewOf(kudos: Kudos, titles: ReadonlyMap<string, string>): KudosView {
  const { goalId, ...rest } = kudos;
  const title = goalId === undefined ? undefined : titles.get(goalId);
  return goalId === undefined || title === undefined
    ? rest
    : { ...rest, goal: { id: goalId, title } };
}
