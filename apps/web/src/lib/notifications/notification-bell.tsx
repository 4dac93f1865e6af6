import { useCallback, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { MarkAllButton } from './mark-all-button';
import { NotificationList } from './notification-list';
import { useNotificationFeed } from './use-notification-feed';
import { useDismiss } from '../ui/use-dismiss';
import './notifications.css';

/** The bell shows this many of the latest notifications; the rest are on /notifikasi. */
const PANEL_LIMIT = 8;

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

/** The header bell (every signed-in role): unread count, and the latest notifications on tap. */
export function NotificationBell() {
  const { t } = useI18n();
  const { feed, hasFailed, refresh } = useNotificationFeed({ limit: PANEL_LIMIT });
  const [isOpen, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const headingId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss({ isOpen, container, button, onDismiss: close });
  const unread = feed?.unreadCount ?? 0;

  return (
    <div className="bell" ref={container}>
      <button
        ref={button}
        type="button"
        className="bell-button"
        aria-label={t('notices.bell.label', { count: unread })}
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => {
          if (!isOpen) void refresh();
          setOpen((open) => !open);
        }}
      >
        <BellIcon />
        {unread > 0 ? (
          <span className="bell-badge" aria-hidden="true" data-testid="bell-count">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      <section id={panelId} className="bell-panel" hidden={!isOpen} aria-labelledby={headingId}>
        <div className="bell-panel-head">
          <h2 id={headingId} className="bell-panel-title">
            {t('notices.bell.title')}
          </h2>
          <MarkAllButton unreadCount={unread} />
        </div>
        {hasFailed && !feed ? <p className="note">{t('notices.loadFailed')}</p> : null}
        {feed && feed.notifications.length === 0 ? (
          <p className="muted">{t('notices.empty')}</p>
        ) : null}
        {feed ? (
          <NotificationList notifications={feed.notifications} compact onOpen={close} />
        ) : null}
        <Link to="/notifikasi" className="bell-see-all" onClick={close}>
          {t('notices.bell.seeAll')}
        </Link>
      </section>
    </div>
  );
}
