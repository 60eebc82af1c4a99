import type { GoalCardActions, GoalCardData } from './goal-card-data.js';

/**
 * Card data for tests: an on-track individual goal at 62%, confidence 7, due 2027-06-30, serving a
 * company goal, owned by Ada Lovelace. Not exported from the package index.
 */
export function testCardData(overrides: Partial<GoalCardData> = {}): GoalCardData {
  return {
    id: 'goal-1',
    title: 'Ship the mobile check-in',
    level: 'individual',
    owner: { id: 'ada', displayName: 'Ada Lovelace' },
    progress: 0.62,
    status: 'on_track',
    lastConfidence: 7,
    dueDate: '2027-06-30',
    companyGoal: { id: 'company-1', title: 'Delight our customers' },
    url: 'https://northstar.example.com/goals/goal-1',
    unit: null,
    ...overrides,
  };
}

/** Everything a card can offer: check-in and three company values. */
export const ALL_ACTIONS: GoalCardActions = {
  canCheckIn: true,
  companyValues: ['Customer obsession', 'Be bold', 'Own it'],
};

/** Nothing but the link. */
export const NO_ACTIONS: GoalCardActions = { canCheckIn: false, companyValues: [] };

/** Every value of `node` (any JSON) whose key is `key`, depth first. */
export function valuesAt(node: unknown, key: string): unknown[] {
  if (Array.isArray(node)) return node.flatMap((item) => valuesAt(item, key));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => [
    ...(k === key ? [v] : []),
    ...valuesAt(v, key),
  ]);
}

/** The objects in `node` (any JSON) whose `type` is `type`. */
export function elementsOfType(node: unknown, type: string): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap((item) => elementsOfType(item, type));
  if (node === null || typeof node !== 'object') return [];
  const self =
    (node as Record<string, unknown>).type === type ? [node as Record<string, unknown>] : [];
  return [...self, ...Object.values(node).flatMap((v) => elementsOfType(v, type))];
}

/**
 * Whether `text` holds anything a markdown renderer or linkifier could turn into a link or HTML:
 * `](`, `][`, `]:`, `<x`, `scheme://`, `www.`, `a@b`, or a dotted name like `evil.com`.
 */
export function hasLinkSyntax(text: string): boolean {
  return /\][([:]|<[A-Za-z/!?]|[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.|\w@\w|\w\.\w/i.test(text);
}
