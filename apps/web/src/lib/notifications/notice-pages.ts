import type { MeResponse, RoleCode } from '@kinerja/contract';
import { ruleSetFor } from '@kinerja/domain';
import type { MessageKey } from '../i18n/messages-id';
import { activeRoleIn } from '../session/session';

/** Who extends a stage for a named person: the Dinas and administrators (domain.md §2.4). */
export const extensionRoles: readonly RoleCode[] = ['dinas_official', 'admin'];

/** Who plots the Tim Kinerja in Pra-Perencanaan: the school operator and the Dinas (§1.1, §2.2). */
export const timKinerjaRoles: readonly RoleCode[] = ['school_operator', 'dinas_official'];

/** The navigation entries of "Perpanjangan Tenggat" and "Tim Kinerja" the active role may use. */
export function noticeNavItems(me: MeResponse): Array<{ to: string; key: MessageKey }> {
  const items: Array<{ to: string; key: MessageKey }> = [];
  // Tim Kinerja exists only where the period's rule set plots it (2026 onward) — domain.md §2.2, §3.8.
  const plotsTimKinerja = ruleSetFor(me.activePeriod.ruleSetVersion).timKinerja.isPlotted;
  if (plotsTimKinerja && activeRoleIn(me, timKinerjaRoles))
    items.push({ to: '/tim-kinerja', key: 'notices.nav.timKinerja' });
  if (activeRoleIn(me, extensionRoles))
    items.push({ to: '/perpanjangan', key: 'notices.nav.extensions' });
  return items;
}
