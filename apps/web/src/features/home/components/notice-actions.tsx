import type { MeResponse } from '@kinerja/contract';
import type { MessageKey } from '../../../lib/i18n/messages-id';
import { useI18n } from '../../../lib/i18n/i18n';
import { noticeNavItems } from '../../../lib/notifications/notice-pages';
import { Link } from '../../../lib/router';

const descriptions: Record<string, MessageKey> = {
  '/perpanjangan': 'notices.home.extensionsDesc',
  '/tim-kinerja': 'notices.home.timKinerjaDesc',
};

/** Cards for "Perpanjangan Tenggat" and "Tim Kinerja" when the active role may use them. */
export function NoticeActions({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  const items = noticeNavItems(me);
  if (items.length === 0) return null;
  return (
    <ul className="grid plain-list">
      {items.map((item) => (
        <li key={item.to}>
          <Link to={item.to} className="action-card">
            <strong>{t(item.key)}</strong>
            {descriptions[item.to] ? <span>{t(descriptions[item.to]!)}</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
