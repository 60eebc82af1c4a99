import type { NotificationView, Page } from '@northstar/shared';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useResource, type ResourceHandle } from '../../app/use-resource';

/** How many notifications one page shows. */
export const NOTIFICATIONS_PAGE = 20;

/** The caller's notifications, newest first, with older pages appended on demand. */
export interface NotificationsFeed extends ResourceHandle<Page<NotificationView>> {
  /** Appends the next page; `moreError` says why it failed. */
  showOlder: () => void;
  loadingOlder: boolean;
  moreError: unknown;
}

export function useNotifications(): NotificationsFeed {
  const { api } = useApp();
  const feed = useResource(() => api.listNotifications({ limit: NOTIFICATIONS_PAGE }), [api]);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const cursor = feed.state.status === 'ready' ? feed.state.data.nextCursor : undefined;
  const showOlder = () => {
    if (cursor === undefined) return;
    setLoadingOlder(true);
    setMoreError(null);
    api.listNotifications({ limit: NOTIFICATIONS_PAGE, cursor }).then(
      (page) => {
        feed.setData((current) => ({ ...page, items: [...current.items, ...page.items] }));
        setLoadingOlder(false);
      },
      (error: unknown) => {
        setMoreError(error);
        setLoadingOlder(false);
      },
    );
  };
  return { ...feed, showOlder, loadingOlder, moreError };
}
