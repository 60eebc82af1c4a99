import { randomInt } from 'node:crypto';
import {
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import { startTestHost, type TestHost } from './harness.js';
import { describeBodyFuzz, type FuzzTarget, type FuzzedRoute } from './hostile-fuzz.js';
import { ifMatch, scheduleOneOnOne, seriesOf } from './one-on-ones-fixtures.js';
import {
  addActionItemSpec,
  addTalkingPointSpec,
  createOccurrenceSpec,
  createSeriesSpec,
  privateNoteSpec,
  sharedNotesSpec,
  updateActionItemSpec,
  updateTalkingPointSpec,
} from './route-body-specs-one-on-ones.js';

interface Ctx {
  host: TestHost;
  manager: string;
  report: string;
  seriesId: string;
}

async function setup(): Promise<Ctx> {
  const host = await startTestHost();
  const manager = await host.signIn(DEMO_MANAGER_ID);
  const report = await host.signIn(DEMO_EMPLOYEE_ID);
  return { host, manager, report, seriesId: await seriesOf(host, manager) };
}

/** The 1:1 as `token` sees it in its series' list, and `token`'s private note on it. */
async function occurrenceState(ctx: Ctx, token: string, id: string): Promise<unknown> {
  const base = `/api/one-on-ones/${ctx.seriesId}/meetings`;
  const list = await ctx.host.call('GET', base, { token });
  const note = await ctx.host.call('GET', `${base}/${id}/private-note`, { token });
  const meeting = (list.body.items as { id: string }[]).find((m) => m.id === id);
  return { meeting, note: [note.status, note.body?.text] };
}

/**
 * A fresh 1:1 in the series (at a random minute of 2027, so no two tests share one) with one
 * talking point and one action item; `suffix` picks the sub-resource the route writes.
 */
async function occurrenceTarget(
  ctx: Ctx,
  suffix: (ids: { pointId: string; itemId: string }) => string,
  token: string,
): Promise<FuzzTarget> {
  const when = new Date(Date.UTC(2027, 0, 1) + randomInt(525_600) * 60_000).toISOString();
  const meeting = await scheduleOneOnOne(ctx.host, ctx.manager, ctx.seriesId, when);
  const base = `/api/one-on-ones/${ctx.seriesId}/meetings/${meeting.id}`;
  const point = await ctx.host.call('POST', `${base}/talking-points`, {
    token: ctx.report,
    body: { text: 'Agenda' },
  });
  const item = await ctx.host.call('POST', `${base}/action-items`, {
    token: ctx.manager,
    body: { text: 'Follow up', ownerId: DEMO_EMPLOYEE_ID },
  });
  const ids = { pointId: point.body.agenda[0].id, itemId: item.body.actionItems[0].id };
  return {
    path: `${base}${suffix(ids)}`,
    token,
    headers: ifMatch(item.body.etag),
    state: () => occurrenceState(ctx, token, meeting.id),
  };
}

/** The manager's direct report without a series yet, and the series the manager has. */
async function seriesTarget(ctx: Ctx): Promise<FuzzTarget> {
  const me = await ctx.host.call('GET', '/api/me', { token: ctx.manager });
  const list = async () =>
    (await ctx.host.call('GET', '/api/one-on-ones', { token: ctx.manager })).body;
  const taken = new Set((await list()).items.map((s: { reportId: string }) => s.reportId));
  const free = (me.body.directReports as { id: string }[]).find((p) => !taken.has(p.id));
  if (!free) throw new Error('every report of the manager already has a series');
  return {
    path: '/api/one-on-ones',
    token: ctx.manager,
    state: list,
    valid: { reportId: free.id },
  };
}

const ROUTES: FuzzedRoute<Ctx>[] = [
  {
    name: 'POST /api/one-on-ones',
    method: 'POST',
    spec: createSeriesSpec,
    successStatus: 201,
    numRuns: 25,
    target: seriesTarget,
  },
  {
    name: 'POST /api/one-on-ones/{seriesId}/meetings',
    method: 'POST',
    spec: createOccurrenceSpec,
    successStatus: 201,
    numRuns: 30,
    target: (ctx) => {
      const path = `/api/one-on-ones/${ctx.seriesId}/meetings`;
      const state = async () => (await ctx.host.call('GET', path, { token: ctx.manager })).body;
      return Promise.resolve({ path, token: ctx.manager, state });
    },
  },
  {
    name: 'POST .../talking-points',
    method: 'POST',
    spec: addTalkingPointSpec,
    successStatus: 201,
    numRuns: 25,
    target: (ctx) => occurrenceTarget(ctx, () => '/talking-points', ctx.report),
  },
  {
    name: 'PATCH .../talking-points/{pointId}',
    method: 'PATCH',
    spec: updateTalkingPointSpec,
    successStatus: 200,
    more: [{ text: '{}', field: 'body' }],
    numRuns: 25,
    target: (ctx) => occurrenceTarget(ctx, (ids) => `/talking-points/${ids.pointId}`, ctx.manager),
  },
  {
    name: 'PUT .../shared-notes',
    method: 'PUT',
    spec: sharedNotesSpec,
    successStatus: 200,
    numRuns: 25,
    target: (ctx) => occurrenceTarget(ctx, () => '/shared-notes', ctx.report),
  },
  {
    name: 'POST .../action-items',
    method: 'POST',
    spec: addActionItemSpec,
    successStatus: 201,
    numRuns: 25,
    target: (ctx) => occurrenceTarget(ctx, () => '/action-items', ctx.manager),
  },
  {
    name: 'PATCH .../action-items/{itemId}',
    method: 'PATCH',
    spec: updateActionItemSpec,
    successStatus: 200,
    more: [{ text: '{}', field: 'body' }],
    numRuns: 25,
    target: (ctx) => occurrenceTarget(ctx, (ids) => `/action-items/${ids.itemId}`, ctx.report),
  },
  {
    name: 'PUT .../private-note',
    method: 'PUT',
    spec: privateNoteSpec,
    successStatus: 201,
    numRuns: 25,
    target: (ctx) => occurrenceTarget(ctx, () => '/private-note', ctx.report),
  },
];

describeBodyFuzz('1:1 routes refuse hostile bodies with a 400 naming the field', setup, ROUTES);
