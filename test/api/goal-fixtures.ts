import type { TestHost } from './harness.js';

const DAY_MS = 86_400_000;

/** The calendar date `offsetDays` from today (UTC), as `YYYY-MM-DD`. */
export function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

/** A body `POST /api/goals` accepts from any employee: a private individual goal with a metric. */
export function goalBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Cut checkout p95 latency to 300 ms',
    level: 'individual',
    metric: { unit: 'ms', start: 900, target: 300 },
    startDate: isoDay(0),
    dueDate: isoDay(14),
    ...overrides,
  };
}

/** A goal as created: its id and the etag an update must send. */
export interface CreatedGoal {
  id: string;
  etag: string;
}

/** Creates a goal as the holder of `token`; fails loudly unless the API answers 201. */
export async function createGoal(
  host: TestHost,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<CreatedGoal> {
  const res = await host.call('POST', '/api/goals', { token, body: goalBody(overrides) });
  if (res.status !== 201)
    throw new Error(`creating a goal failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, etag: res.body.etag };
}

/** Every goal id `GET /api/goals?<query>` shows the caller, following `nextCursor` to the end. */
export async function listAllGoalIds(host: TestHost, token: string, query = ''): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = `limit=200${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const res = await host.call('GET', `/api/goals?${query}${query === '' ? '' : '&'}${page}`, {
      token,
    });
    if (res.status !== 200) throw new Error(`listing goals failed: ${res.status}`);
    ids.push(...(res.body.items as { id: string }[]).map((g) => g.id));
    cursor = res.body.nextCursor;
  } while (cursor !== undefined);
  return ids;
}

/** What a rejected write must leave untouched: the goals the caller sees, one goal and its check-ins. */
export interface WriteState {
  goalIds: string[];
  goal: Record<string, unknown>;
  checkInIds: string[];
}

/** Reads the state a fuzz run compares before and after. */
export async function readWriteState(
  host: TestHost,
  token: string,
  goalId: string,
): Promise<WriteState> {
  const [goalIds, goal, checkIns] = await Promise.all([
    listAllGoalIds(host, token, 'includeArchived=true'),
    host.call('GET', `/api/goals/${goalId}`, { token }),
    host.call('GET', `/api/goals/${goalId}/checkins?limit=200`, { token }),
  ]);
  // `status` follows the wall clock, so it is the one field allowed to move.
  const stored: Record<string, unknown> = { ...goal.body };
  delete stored.status;
  return {
    goalIds: goalIds.sort(),
    goal: stored,
    checkInIds: (checkIns.body.items as { id: string }[]).map((c) => c.id),
  };
}
