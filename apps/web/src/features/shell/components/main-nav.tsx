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
    items.push({ to: '/angka-kredit', key: 'journeys.nav.angkaKredit' });
  }
  // "Periksa": teachers' plans for the school head, principals' plans for the Dinas and pengawas.
  if (activeRoleIn(me, ['principal_supervisor', 'dinas_official', 'pengawas'])) {
    const to = me.activeRole === 'principal_supervisor' ? '/periksa' : '/periksa/kepala-sekolah';
    items.push({ to, key: 'review.nav' });
  }
  // The Dinas confirms and assesses its principals; the pengawas observes and recommends (§1.2).
  if (activeRoleIn(me, ['principal_supervisor', 'dinas_official', 'pengawas'])) {
    items.push({ to: '/periksa/pelaksanaan', key: 'execution.nav' });
    if (me.activeRole === 'dinas_official')
      items.push({ to: '/penilaian/kepala-sekolah', key: 'journeys.nav.principalAssessments' });
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
  if (activeRoleIn(me, ['admin'])) items.push({ to: '/admin/penyimpanan', key: 'storage.nav' });
  // Periods and their windows are set by the admin (issue 13 item 1).
  if (activeRoleIn(me, ['admin'])) items.push({ to: '/admin/periode', key: 'periods.nav' });
  // What changed between rule sets, for heads and the Dinas (grants.ts rule_set.view).
  if (activeRoleIn(me, ['principal_supervisor', 'principal_employee', 'dinas_official']))
    items.push({ to: '/aturan-periode', key: 'ruleChanges.nav' });
  // The catalogues with their sources and history: the Admin's (issue 13 item 3).
  if (activeRoleIn(me, ['admin'])) items.push({ to: '/admin/katalog', key: 'catalogues.nav' });
  // Principals' passwords are reset by the Dinas, the Dinas' and pengawas' by the admin (issue 12).
  if (activeRoleIn(me, ['dinas_official', 'admin']))
    items.push({ to: '/akun', key: 'accounts.nav' });
  // e-Kinerja export and sync log: the school operator, the Dinas and admins (grants.ts export.*).
  if (activeRoleIn(me, ['school_operator', 'dinas_official', 'admin']))
    items.push({ to: '/e-kinerja', key: 'journeys.nav.eKinerja' });
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
