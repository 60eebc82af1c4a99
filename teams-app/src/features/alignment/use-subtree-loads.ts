import type { AlignmentNode, AlignmentResponse } from '@northstar/shared';
import { useCallback, useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { mergeNodes, unloadedCount } from './alignment-rows';

/**
 * Where loading the rest of a goal's children stands: on its way, failed, or answered but still
 * short (the server could not fit even the goal's first level of children in one answer).
 */
export type SubtreeLoad =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'stopped' };

/** What `useSubtreeLoads` gives the tree. */
export interface SubtreeLoads {
  /** The response's nodes with every subtree loaded so far merged in. */
  nodes: readonly AlignmentNode[];
  /** By goal id; a goal missing here has not been asked for (or its load is done). */
  loads: ReadonlyMap<string, SubtreeLoad>;
  /** Asks for the goal's subtree (once at a time) and merges it in. */
  load: (goalId: string) => void;
}

interface State {
  base: AlignmentResponse;
  nodes: readonly AlignmentNode[];
  loads: ReadonlyMap<string, SubtreeLoad>;
}

const fresh = (base: AlignmentResponse): State => ({
  base,
  nodes: base.nodes,
  loads: new Map(),
});

const withLoad = (state: State, goalId: string, load: SubtreeLoad | undefined): State => {
  const loads = new Map(state.loads);
  if (load === undefined) loads.delete(goalId);
  else loads.set(goalId, load);
  return { ...state, loads };
};

/** `answer` merged in; the goal's load is done unless its children are still short. */
function settled(state: State, goalId: string, answer: AlignmentResponse): State {
  const nodes = mergeNodes(state.nodes, answer.nodes);
  const node = nodes.find((candidate) => candidate.goal.id === goalId);
  const short = node !== undefined && unloadedCount(node) > 0;
  const next = { ...state, nodes };
  return withLoad(next, goalId, short ? { status: 'stopped' } : undefined);
}

/**
 * The alignment answer plus the subtrees the reader opened since: `load(id)` fetches
 * `GET /api/alignment?rootId=<id>` for the answer's period. A new `response` (a reload) starts
 * over, and answers to the old one are dropped.
 */
export function useSubtreeLoads(response: AlignmentResponse): SubtreeLoads {
  const { api } = useApp();
  const [stored, setState] = useState(() => fresh(response));
  const state = stored.base === response ? stored : fresh(response);
  // Two opens in one tick (a double click) must not send two requests.
  const inFlight = useRef({ base: response, ids: new Set<string>() });
  const load = useCallback(
    (goalId: string) => {
      if (inFlight.current.base !== response) inFlight.current = { base: response, ids: new Set() };
      const { ids } = inFlight.current;
      if (ids.has(goalId)) return;
      ids.add(goalId);
      setState((prev) =>
        withLoad(prev.base === response ? prev : fresh(response), goalId, { status: 'loading' }),
      );
      // An answer to an older `response` (the screen reloaded meanwhile) is dropped.
      const settle = (change: (current: State) => State) => {
        ids.delete(goalId);
        setState((prev) => (prev.base === response ? change(prev) : prev));
      };
      const period = response.periodId === null ? {} : { period: response.periodId };
      api.alignment({ rootId: goalId, ...period }).then(
        (answer) => settle((current) => settled(current, goalId, answer)),
        (error: unknown) =>
          settle((current) => withLoad(current, goalId, { status: 'error', error })),
      );
    },
    [api, response],
  );
  return { nodes: state.nodes, loads: state.loads, load };
}
