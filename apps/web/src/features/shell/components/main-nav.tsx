import { ruleSetFor } from '@kinerja/domain';
import type { MeResponse } from '@kinerja/contract';
import type { MessageKey } from '../../../lib/i18n/messages-id';
import { useI18n } from '../../../lib/i18n/i18n';
import { noticeNavItems } from '../../../lib/notifications/notice-pages';
import { Link, useLocation } from '../../../lib/router';
import { activeRoleIn, rosterRoles } from '../../../lib/session/session';

type NavItem = { to: string; key: MessageKey };

const hasUploads = (me: MeResponse): boolean =>
  ruleSetFor(me.activePeriod.ruleSetVersion).evidence.mode === 'upload';

/** The destinations the active role has; nothing is offered that the role cannot use. */
export function navItems(me: MeResponse): NavItem[] {
  const items: NavItem[] = [{ to: '/', key: 'nav.home' }];
  if (activeRoleIn(me, ['principal_supervisor', 'dinas_official', 'admin']))
    items.push({ to: '/dasbor', key: 'dashboard.nav' });
  // "Perencanaan Kinerja": the employee's own plan (teacher, or principal as pegawai).
  if (activeRoleIn(me, ['teacher', 'principal_employee'])) {
    items.push({ to: '/rencana', key: 'planning.nav' });
    items.push({ to: '/pelaksanaan', key: 'execution.nav' });
    if (me.activeRole === 'teacher') items.push({ to: '/bukti-karya', key: 'evidence.nav.karya' });
    items.push({ to: '/penilaian-saya', key: 'assessment.nav.mine' });
  }
  // "Periksa": teachers' plans for the school head, principals' plans for the Dinas and pengawas.
  if (activeRoleIn(me, ['principal_supervisor', 'dinas_official', 'pengawas'])) {
    const to = me.activeRole === 'principal_supervisor' ? '/periksa' : '/periksa/kepala-sekolah';
    items.push({ to, key: 'review.nav' });
  }
  if (activeRoleIn(me, ['principal_supervisor', 'pengawas'])) {
    items.push({ to: '/periksa/pelaksanaan', key: 'execution.nav' });
    // "Bukti Dukung" exists only where the period's rule set collects uploads (2024) — §3.4, §3.6.
    if (me.activeRole === 'principal_supervisor' && hasUploads(me))
      items.push({ to: '/periksa/bukti', key: 'evidence.nav.review' });
    if (me.activeRole === 'principal_supervisor')
      items.push({ to: '/penilaian', key: 'assessment.nav.assess' });
  }
  if (activeRoleIn(me, rosterRoles)) {
    items.push(
      { to: '/operator/ptk', key: 'nav.staff' },
      { to: '/operator/impor', key: 'nav.import' },
    );
  }
  items.push(...noticeNavItems(me));
  return items;
}

/** Main navigation links; a top bar on desktop, a panel under the header on phones. */
export function MainNav({
  me,
  id,
  isOpen,
  onNavigate,
}: {
  me: MeResponse;
  id: string;
  isOpen: boolean;
  onNavigate: () => void;
}) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <nav id={id} aria-label={t('nav.main')} className={isOpen ? 'main-nav is-open' : 'main-nav'}>
      <ul>
        {navItems(me).map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              aria-current={pathname === item.to ? 'page' : undefined}
              onClick={onNavigate}
            >
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
