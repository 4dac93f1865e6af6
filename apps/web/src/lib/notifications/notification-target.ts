import type { MeResponse, NotificationDto, RoleCode } from '@kinerja/contract';
import { ROLE_CODES } from '@kinerja/domain';

type Target = Pick<NotificationDto, 'kind' | 'planId'>;

const withPlan = (base: string, planId: string | null, fallback: string) =>
  planId ? `${base}/${encodeURIComponent(planId)}` : fallback;

/**
 * Where a notification leads: what waits for a supervisor opens their review page for that plan;
 * news about the person's own plan opens the stage it belongs to.
 */
export function notificationTarget(notification: Target): string {
  const { planId } = notification;
  switch (notification.kind) {
    case 'plan_submitted':
      return withPlan('/periksa', planId, '/periksa');
    case 'evidence_collected':
    case 'rhk_changed':
      return withPlan('/periksa/bukti', planId, '/periksa/bukti');
    case 'document_sent':
      return '/periksa/pelaksanaan';
    case 'accountability_confirmed':
      return '/pelaksanaan';
    case 'practice_handover':
      return withPlan('/pelaksanaan/siklus', planId, '/pelaksanaan');
    case 'assessment_finalized':
      return '/penilaian-saya';
    case 'assessment_recommended':
      return withPlan('/penilaian', planId, '/penilaian');
    // Someone reset the person's password: where they set their own.
    case 'password_reset':
      return '/ganti-kata-sandi';
    // An administrator moved a stage window: the home lists the dates (issue 13 item 1).
    case 'period_changed':
      return '/';
    default:
      return '/rencana';
  }
}

const EMPLOYEE: readonly RoleCode[] = ['teacher', 'principal_employee'];
const SUPERVISORS: readonly RoleCode[] = ['principal_supervisor', 'dinas_official'];

/** The roles whose pages a notification's target serves (the recipient acts in one of them). */
export function notificationRoles(kind: NotificationDto['kind']): readonly RoleCode[] {
  switch (kind) {
    case 'plan_submitted':
      return [...SUPERVISORS, 'admin'];
    case 'evidence_collected':
    case 'rhk_changed':
      return ['principal_supervisor'];
    case 'document_sent':
    case 'assessment_recommended':
      return SUPERVISORS;
    case 'practice_handover':
      // The cycle page serves the employee, the principal observing a teacher and the pengawas.
      return [...EMPLOYEE, 'principal_supervisor', 'pengawas'];
    // Dates concern every role; the home serves each of them.
    case 'period_changed':
      return ROLE_CODES;
    default:
      return EMPLOYEE;
  }
}

/**
 * The role to switch to before following a notification: null when the active role serves its
 * page (or the person has none that does); otherwise the person's first role that does — so a
 * principal's "Perencanaan Kinerja disetujui" opens their own plan even while acting as atasan.
 */
export function roleForNotification(
  me: Pick<MeResponse, 'activeRole' | 'roles'>,
  kind: NotificationDto['kind'],
): RoleCode | null {
  const roles = notificationRoles(kind);
  if (me.activeRole && roles.includes(me.activeRole)) return null;
  return me.roles.find((grant) => roles.includes(grant.role))?.role ?? null;
}
