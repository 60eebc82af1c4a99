import {
  CONTOSO_TENANT_ID,
  DEMO_ADMIN_ID,
  DEMO_EMPLOYEE_ID,
} from '../../functions/src/adapters/demo/demo-tenants.js';
import type { TestHost } from './harness.js';

/** The UTC day `offset` days from today, `YYYY-MM-DD`. */
export function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Phases with the self review open today. */
export const SELF_REVIEW_NOW = {
  selfReview: { start: day(-1), end: day(3) },
  managerReview: { start: day(4), end: day(10) },
  release: day(12),
  acknowledgeBy: day(20),
};

/** Phases with the self review over and the manager review open today. */
export const MANAGER_REVIEW_NOW = {
  selfReview: { start: day(-10), end: day(-2) },
  managerReview: { start: day(-1), end: day(5) },
  release: day(12),
  acknowledgeBy: day(20),
};

/** One rating and one text question. */
export const TEMPLATE = {
  questions: [
    {
      id: 'q1',
      kind: 'rating',
      text: 'Delivery',
      levels: ['Poor', 'Fair', 'Good', 'Great', 'Outstanding'],
    },
    { id: 'q2', kind: 'text', text: 'Highlights', maxLength: 100 },
  ],
};

/** A valid `POST /api/cycles` body for the Engineering department in the demo tenant. */
export async function cycleBody(host: TestHost, phases: object): Promise<Record<string, unknown>> {
  const settings = await host.app.services.settings.get(CONTOSO_TENANT_ID);
  return {
    name: 'Engineering H2 review',
    periodId: settings.periods[1]?.id,
    scope: { kind: 'departments', departments: ['Engineering'] },
    phases,
    template: TEMPLATE,
  };
}

/** Creates and opens a cycle as the admin; returns the employee's review as the admin sees it. */
export async function openCycleWithReview(
  host: TestHost,
  phases: object,
): Promise<{ cycleId: string; reviewId: string; openBody: any }> {
  const token = await host.signIn(DEMO_ADMIN_ID);
  const created = await host.call('POST', '/api/cycles', {
    token,
    body: await cycleBody(host, phases),
  });
  if (created.status !== 201) throw new Error(`create cycle: ${created.status}`);
  const cycleId = created.body.id as string;
  const opened = await host.call('POST', `/api/cycles/${cycleId}/open`, {
    token,
    headers: { 'if-match': `"${created.body.etag as string}"` },
  });
  if (opened.status !== 200) throw new Error(`open cycle: ${opened.status}`);
  const list = await host.call(
    'GET',
    `/api/reviews?cycleId=${cycleId}&revieweeId=${DEMO_EMPLOYEE_ID}`,
    { token },
  );
  const reviewId = list.body.items[0]?.id as string;
  return { cycleId, reviewId, openBody: opened.body };
}
