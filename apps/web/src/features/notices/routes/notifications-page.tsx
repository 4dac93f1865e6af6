import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { MarkAllButton } from '../../../lib/notifications/mark-all-button';
import { NotificationList } from '../../../lib/notifications/notification-list';
import { useNotificationFeed } from '../../../lib/notifications/use-notification-feed';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import '../notices.css';

/** The page shows this many of the latest notifications (the API's largest page). */
const PAGE_LIMIT = 100;

/** /notifikasi — every recent notification, all or only the unread ones (issue #4 item 6). */
export function NotificationsPage() {
  const { t } = useI18n();
  const [isUnreadOnly, setUnreadOnly] = useState(false);
  const { feed, hasFailed, refresh } = useNotificationFeed({
    limit: PAGE_LIMIT,
    unreadOnly: isUnreadOnly,
  });
  const unread = feed?.unreadCount ?? 0;
  return (
    <Page title={t('notices.page.title')}>
      <p className="lead">{t('notices.page.intro')}</p>
      <div className="notices-toolbar">
        <div className="segmented" role="group" aria-label={t('notices.page.filter')}>
          <button type="button" aria-pressed={!isUnreadOnly} onClick={() => setUnreadOnly(false)}>
            {t('notices.page.all')}
          </button>
          <button type="button" aria-pressed={isUnreadOnly} onClick={() => setUnreadOnly(true)}>
            {t('notices.page.unreadOnly', { count: unread })}
          </button>
        </div>
        <MarkAllButton unreadCount={unread} className="btn btn-secondary" />
      </div>
      {!feed && !hasFailed ? <Loading label={t('common.loading')} /> : null}
      {hasFailed ? (
        <div role="alert" className="alert alert-error notices-alert">
          <span>{t('notices.loadFailed')}</span>
          <button type="button" className="btn-link" onClick={() => void refresh()}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      {feed && feed.notifications.length === 0 ? (
        <p className="note">{isUnreadOnly ? t('notices.emptyUnread') : t('notices.empty')}</p>
      ) : null}
      {feed ? <NotificationList notifications={feed.notifications} /> : null}
    </Page>
  );
}
