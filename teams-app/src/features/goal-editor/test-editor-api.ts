import type {
  CreateGoal,
  GoalView,
  SmartCheckRequest,
  SmartCheckResponse,
  UpdateGoal,
} from '@northstar/shared';
import type { GoalListQuery } from '../../api/api-client';
import { pending, testPerson } from '../../test/render-screen';

/** A valid goal view for tests: Arjun Mehta's private individual goal `g-1`, due 31 Dec 2026. */
export function testGoal(overrides: Partial<GoalView> = {}): GoalView {
  return {
    id: 'g-1',
    tenantId: 'tenant-1',
    title: 'Cut support reply time to 2 hours',
    description: 'Customers wait too long for a first answer.',
    level: 'individual',
    ownerId: 'arjun-mehta',
    parentIds: [{ goalId: 'g-team', weight: 100 }],
    metric: { unit: 'hours', start: 8, target: 2 },
    current: null,
    startDate: '2026-10-01',
    dueDate: '2026-12-31',
    periodId: 'fy27-q2',
    visibility: 'private',
    state: 'active',
    lastCheckInAt: null,
    lastConfidence: null,
    createdBy: 'arjun-mehta',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T09:00:00.000Z',
    etag: 'etag-1',
    progress: 0,
    status: 'on_track',
    ...overrides,
  };
}

/** The company goal of the fake tenant, owned by someone `me` does not know (Dana Whitfield). */
export const COMPANY_GOAL = testGoal({
  id: 'g-company',
  title: 'Reach 99.95% uptime',
  level: 'company',
  ownerId: 'dana-whitfield',
  parentIds: [],
  visibility: 'public',
});

/** The team goal of the fake tenant, owned by the test person's manager (Priya Raman). */
export const TEAM_GOAL = testGoal({
  id: 'g-team',
  title: 'Halve the support backlog',
  level: 'team',
  ownerId: 'priya-raman',
  parentIds: [{ goalId: 'g-company', weight: 100 }],
  visibility: 'public',
});

/** A SMART answer: specific passes, measurable fails, the rest warn or pass. */
export function testSmartResult(overrides: Partial<SmartCheckResponse> = {}): SmartCheckResponse {
  return {
    findings: [
      { criterion: 'specific', verdict: 'pass', hint: 'The title names a concrete outcome.' },
      { criterion: 'measurable', verdict: 'fail', hint: 'Add a metric with a unit.' },
      { criterion: 'achievable', verdict: 'pass', hint: 'The change looks doable.' },
      { criterion: 'relevant', verdict: 'warn', hint: 'Align it to a team goal.' },
      { criterion: 'timeBound', verdict: 'pass', hint: 'It has a due date.' },
    ],
    overall: 'fail',
    ...overrides,
  };
}

/** What the fake API was asked. */
export interface EditorCalls {
  created: CreateGoal[];
  updated: [string, UpdateGoal, string][];
  checked: [SmartCheckRequest, AbortSignal | undefined][];
  people: string[];
}

/**
 * A fake API with the methods the editor uses, recording each call; pass overrides for the
 * ones a test changes. Goals `g-1`, `g-team` and `g-company` exist; the SMART check never
 * answers.
 */
export function editorApi(overrides: Record<string, unknown> = {}) {
  const calls: EditorCalls = { created: [], updated: [], checked: [], people: [] };
  const goals = new Map([testGoal(), TEAM_GOAL, COMPANY_GOAL].map((g) => [g.id, g]));
  const api = {
    listGoals: (query: GoalListQuery) =>
      Promise.resolve({ items: [...goals.values()].filter((g) => g.level === query.level) }),
    getGoal: (id: string) => {
      const goal = goals.get(id);
      return goal ? Promise.resolve(goal) : Promise.reject(new Error(`no goal ${id}`));
    },
    person: (id: string) => {
      calls.people.push(id);
      return Promise.resolve(testPerson({ id, displayName: 'Dana Whitfield', managerId: null }));
    },
    // The coach stays quiet unless a test says otherwise: its own tests drive it.
    smartCheck: (draft: SmartCheckRequest, signal?: AbortSignal) => {
      calls.checked.push([draft, signal]);
      return pending<SmartCheckResponse>();
    },
    createGoal: (body: CreateGoal) => {
      calls.created.push(body);
      return Promise.resolve(testGoal({ id: 'g-new', title: body.title }));
    },
    updateGoal: (id: string, patch: UpdateGoal, etag: string) => {
      calls.updated.push([id, patch, etag]);
      return Promise.resolve(testGoal({ id, etag: 'etag-2' }));
    },
    ...overrides,
  };
  return { api, calls };
}

/** The texts an element's `aria-describedby` points to (a field's message and hint). */
export function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}
