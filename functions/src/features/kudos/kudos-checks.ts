import type { GiveKudos, Goal } from '@northstar/shared';
import type { Caller } from '../access/caller.js';
import { callerCanView } from '../goals/goal-reads.js';
import { fieldError } from '../one-on-ones/occurrence-change.js';
import type { KudosDeps } from './kudos-deps.js';

/**
 * Checks a kudos request against the caller's tenant: the receiver is someone else in it, the
 * value one of its company values, the goal (if any) one the giver may see. The first problem
 * is a `validation` error naming its body field.
 */
export async function checkKudos(deps: KudosDeps, caller: Caller, input: GiveKudos): Promise<void> {
  if (input.receiverId === caller.person.id) {
    throw fieldError('receiverId', 'must be someone else: kudos are for a colleague');
  }
  const receiver = await deps.directory.getPerson(caller.tenantId, input.receiverId);
  if (!receiver) throw fieldError('receiverId', 'is not a person in your organisation');
  const values = caller.settings.companyValues;
  if (!values.includes(input.value)) {
    const allowed = values.map((value) => `"${value}"`).join(', ');
    throw fieldError('value', `must be one of your organisation's values: ${allowed}`);
  }
  if (input.goalId !== undefined) {
    const goal = await deps.goals.get(caller.tenantId, input.goalId);
    if (!goal || !(await callerCanView(caller, goal))) {
      throw fieldError('goalId', 'names no goal you can see');
    }
  }
}

/** Titles of the goals among `ids` that the caller may see, by id; one point read per goal. */
export async function visibleGoalTitles(
  deps: KudosDeps,
  caller: Caller,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const goals = await Promise.all(
    [...new Set(ids)].map((id) => deps.goals.get(caller.tenantId, id)),
  );
  const titles = new Map<string, string>();
  for (const goal of goals.filter((g): g is Goal => g !== null)) {
    if (await callerCanView(caller, goal)) titles.set(goal.id, goal.title);
  }
  return titles;
}
