import type { KudosView, Page } from '@northstar/shared';
import { useCallback, useState } from 'react';
import { useApp } from '../../app/app-context';
import { useResource, type ResourceHandle } from '../../app/use-resource';

/** Kudos shown per page; "Show more" fetches the next. */
export const KUDOS_PAGE_SIZE = 10;

/** The kudos a person received, page by page, newest first. */
export interface KudosFeed extends ResourceHandle<Page<KudosView>> {
  /** Appends the next page, when there is one. */
  loadMore: () => void;
  /** Whether the next page is on its way. */
  loadingMore: boolean;
  /** Why the last "Show more" failed, if it did. */
  moreError: unknown;
}

/** Loads the first page of `personId`'s kudos, and further pages on demand. */
export function useKudosFeed(personId: string): KudosFeed {
  const { api } = useApp();
  const first = useResource(
    () => api.listKudos(personId, { limit: KUDOS_PAGE_SIZE }),
    [api, personId],
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const { setData } = first;
  const cursor = first.state.data?.nextCursor;
  const loadMore = useCallback(() => {
    if (cursor === undefined) return;
    setLoadingMore(true);
    setMoreError(null);
    api.listKudos(personId, { limit: KUDOS_PAGE_SIZE, cursor }).then(
      (page) => {
        setData((current) => ({ ...page, items: [...current.items, ...page.items] }));
        setLoadingMore(false);
      },
      (error: unknown) => {
        setMoreError(error);
        setLoadingMore(false);
      },
    );
  }, [api, personId, cursor, setData]);
  return { ...first, loadMore, loadingMore, moreError };
}
