import type { NotificationListResponse } from '@kinerja/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchNotifications, onNotificationsChanged } from './notifications-api';

/** How often the unread count is refreshed while the tab is visible (issue #4 item 6). */
export const POLL_INTERVAL_MS = 60_000;

/**
 * The latest `limit` notifications and the unread count, refreshed every minute while the tab is
 * visible, whenever the window regains focus, and when another view marks something read.
 */
export function useNotificationFeed(options: { limit: number; unreadOnly?: boolean }) {
  const { limit, unreadOnly = false } = options;
  const [feed, setFeed] = useState<NotificationListResponse | null>(null);
  const [hasFailed, setFailed] = useState(false);
  const query = useRef({ limit, unreadOnly });
  const inFlight = useRef(false);
  const isStale = useRef(false);
  query.current = { limit, unreadOnly };

  const refresh = useCallback(async () => {
    // One request at a time; a refresh asked for meanwhile runs once the current one ends.
    if (inFlight.current) {
      isStale.current = true;
      return;
    }
    inFlight.current = true;
    try {
      do {
        isStale.current = false;
        try {
          setFeed(await fetchNotifications(query.current));
          setFailed(false);
        } catch {
          setFailed(true);
        }
      } while (isStale.current);
    } finally {
      inFlight.current = false;
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh, limit, unreadOnly]);

  useEffect(() => {
    const onVisibleTick = () => {
      if (!document.hidden) void refresh();
    };
    const onFocus = () => void refresh();
    const timer = window.setInterval(onVisibleTick, POLL_INTERVAL_MS);
    window.addEventListener('focus', onFocus);
    const unsubscribe = onNotificationsChanged(onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      unsubscribe();
    };
  }, [refresh]);

  return { feed, hasFailed, refresh };
}
