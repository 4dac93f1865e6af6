import { useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { announceNotificationsChanged, markAllNotificationsRead } from './notifications-api';

/** "Tandai semua dibaca": one request at a time, then every view refreshes. */
export function MarkAllButton({
  unreadCount,
  className = 'btn-link',
}: {
  unreadCount: number;
  className?: string;
}) {
  const { t } = useI18n();
  const [isPending, setPending] = useState(false);
  const inFlight = useRef(false);
  const markAll = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    try {
      await markAllNotificationsRead();
    } catch {
      // The refresh below shows what is still unread; nothing was lost.
    } finally {
      inFlight.current = false;
      setPending(false);
      announceNotificationsChanged();
    }
  };
  return (
    <button
      type="button"
      className={className}
      disabled={isPending || unreadCount === 0}
      onClick={() => void markAll()}
    >
      {isPending ? t('notices.markingAll') : t('notices.markAll')}
    </button>
  );
}
