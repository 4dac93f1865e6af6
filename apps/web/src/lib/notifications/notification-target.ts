import type { NotificationDto } from '@kinerja/contract';

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
    default:
      return '/rencana';
  }
}
