import type { Person } from '@northstar/shared';

/** The shape of an org, to check a generated one looks real. */
export interface OrgShape {
  people: number;
  /** Levels from the top person down, the top person being level 1. */
  maxDepth: number;
  minSpan: number;
  maxSpan: number;
  departments: number;
  timeZones: number;
}

function depthOf(
  id: string,
  managerOf: Map<string, string | null>,
  memo: Map<string, number>,
): number {
  const chain: string[] = [];
  let current: string | null | undefined = id;
  let base = 0;
  while (current !== null && current !== undefined) {
    const known = memo.get(current);
    if (known !== undefined) {
      base = known;
      break;
    }
    chain.push(current);
    current = managerOf.get(current);
  }
  chain.reverse().forEach((member, i) => memo.set(member, base + i + 1));
  return memo.get(id) ?? base;
}

/** Depth, span of control (managers only), departments and time zones of `people`. */
export function describeOrg(people: readonly Person[]): OrgShape {
  const managerOf = new Map(people.map((p) => [p.id, p.managerId]));
  const spans = new Map<string, number>();
  for (const p of people) {
    if (p.managerId !== null) spans.set(p.managerId, (spans.get(p.managerId) ?? 0) + 1);
  }
  const memo = new Map<string, number>();
  const depths = people.map((p) => depthOf(p.id, managerOf, memo));
  const spanValues = [...spans.values()];
  return {
    people: people.length,
    maxDepth: depths.reduce((max, d) => Math.max(max, d), 0),
    minSpan: spanValues.reduce((min, s) => Math.min(min, s), Number.POSITIVE_INFINITY),
    maxSpan: spanValues.reduce((max, s) => Math.max(max, s), 0),
    departments: new Set(people.map((p) => p.department)).size,
    timeZones: new Set(people.map((p) => p.timeZone)).size,
  };
}
