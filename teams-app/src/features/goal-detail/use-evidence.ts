import type { Evidence, GoalView, MeResponse, Page } from '@northstar/shared';
import { useCallback, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { useApp } from '../../app/app-context';
import { useResource, type ResourceHandle } from '../../app/use-resource';

/** Evidence shown per page; "Show more" fetches the next. */
export const EVIDENCE_PAGE_SIZE = 20;

/** A goal's evidence, page by page, newest first, and how to remove one. */
export interface EvidenceFeed extends ResourceHandle<Page<Evidence>> {
  loadMore: () => void;
  loadingMore: boolean;
  /** Why the last "Show more" failed, if it did. */
  moreError: unknown;
  /** Removes one from the goal and from the list; rejects with the API's error. */
  remove: (evidence: Evidence) => Promise<void>;
}

/** Loads the first page of `goalId`'s evidence, further pages on demand, and removes. */
export function useEvidence(goalId: string): EvidenceFeed {
  const { api } = useApp();
  const first = useResource(
    () => api.listEvidence(goalId, { limit: EVIDENCE_PAGE_SIZE }),
    [api, goalId],
  );
  const { setData } = first;
  const [more, setMore] = useState<{ loading: boolean; error: unknown }>({
    loading: false,
    error: null,
  });
  const cursor = first.state.data?.nextCursor;
  const loadMore = useCallback(() => {
    if (cursor === undefined) return;
    setMore({ loading: true, error: null });
    const next = api.listEvidence(goalId, { limit: EVIDENCE_PAGE_SIZE, cursor });
    next.then(
      (page) => {
        setData((shown) => ({ ...page, items: [...shown.items, ...page.items] }));
        setMore({ loading: false, error: null });
      },
      (error: unknown) => setMore({ loading: false, error }),
    );
  }, [api, goalId, cursor, setData]);
  const remove = useCallback(
    async (evidence: Evidence) => {
      // Someone else removed it first: the goal no longer has it either way.
      await api.removeEvidence(goalId, evidence.id).catch((error: unknown) => {
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      });
      setData((shown) => ({ ...shown, items: shown.items.filter((e) => e.id !== evidence.id) }));
    },
    [api, goalId, setData],
  );
  return { ...first, loadMore, loadingMore: more.loading, moreError: more.error, remove };
}

/** The API refused to show this goal's evidence to the caller (not the owner's chain). */
export function isNotForYou(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 403 || error.status === 404);
}

/**
 * Whether the caller surely may read the goal's evidence: its owner, an admin, or its owner's
 * direct manager. Others (a skip-level manager, say) may too; for them the section appears
 * once the API answers, instead of showing a loading state that might vanish.
 */
export function surelyReadsEvidence(me: MeResponse, goal: Pick<GoalView, 'ownerId'>): boolean {
  return (
    goal.ownerId === me.person.id ||
    me.roles.includes('admin') ||
    me.directReports.some((report) => report.id === goal.ownerId)
  );
}
