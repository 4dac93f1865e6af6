import type { NotificationDto } from '@kinerja/contract';
import { useI18n } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { useMe, useSession } from '../session/session';
import { switchRole } from '../session/session-api';
import { formatDateTime } from './format-time';
import { markReadAndAnnounce } from './notifications-api';
import { notificationTarget, roleForNotification } from './notification-target';
import './notifications.css';

/**
 * Notifications as links, newest first: opening one marks it read and goes where it points
 * (Periksa for a submitted plan, Rencana otherwise), switching the active role first when the page
 * belongs to another of the person's roles (issue #11 item 1). `compact` clamps long bodies (the bell panel).
 */
export function NotificationList({
  notifications,
  compact = false,
  onOpen,
}: {
  notifications: NotificationDto[];
  compact?: boolean;
  onOpen?: () => void;
}) {
  const { t, locale } = useI18n();
  const me = useMe();
  const { refresh } = useSession();
  return (
    <ul className={compact ? 'notice-list is-compact' : 'notice-list'}>
      {notifications.map((notification) => (
        <li key={notification.id}>
          <Link
            to={notificationTarget(notification)}
            className={notification.isRead ? 'notice' : 'notice is-unread'}
            onClick={(event) => {
              if (!notification.isRead) void markReadAndAnnounce(notification.id);
              onOpen?.();
              // Work of another of the person's roles: switch to it first, then go there.
              const role = roleForNotification(me, notification.kind);
              if (!role) return;
              event.preventDefault();
              const target = notificationTarget(notification);
              void switchRole(role)
                .then(refresh)
                .then(
                  () => navigate(target),
                  () => navigate(target),
                );
            }}
          >
            <span className="notice-title">
              {notification.isRead ? null : <span className="notice-dot" aria-hidden="true" />}
              {notification.title}
              {notification.isRead ? null : (
                <span className="visually-hidden">, {t('notices.unread')}</span>
              )}
            </span>
            <span className="notice-body">{notification.body}</span>
            <time className="notice-time" dateTime={notification.createdAt}>
              {formatDateTime(notification.createdAt, locale)}
            </time>
          </Link>
        </li>
      ))}
    </ul>
  );
}
