import { formatLongDate, PLAN_STATE_LABELS, type Locale, type PlanState } from '@kinerja/domain';

/** The date (WIB) of an instant, written as in the guides (the domain's formatLongDate). */
export function formatInstantId(instant: Date): string {
  return formatLongDate(new Date(instant.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10));
}

/** Official status labels ("Perlu disetujui" for submitted plans — domain.md §3.3). */
export function statusLabel(state: PlanState, locale: Locale): string {
  // The guides write "Belum mulai" in the principal's list; the domain label is "Belum Dimulai".
  if (state === 'not_started') return locale === 'en' ? 'Not started' : 'Belum mulai';
  return PLAN_STATE_LABELS[state][locale];
}

/** Approval bases the plan stores, with how the approval block names them. */
export const APPROVAL_BASES = [
  'definitive_principal',
  'dinas_assessor',
  'acting_principal',
  'principal_on_submission',
] as const;

/** A stored approval basis. */
export type ApprovalBasis = (typeof APPROVAL_BASES)[number];

/** Whether a stored string is an approval basis. */
export const isApprovalBasis = (value: string | null): value is ApprovalBasis =>
  value !== null && (APPROVAL_BASES as readonly string[]).includes(value);

/** The approval line of the plan and its PDF. */
export function approvalLabel(options: {
  basis: ApprovalBasis | null;
  approverName: string | null;
  approvedAt: Date;
}): string {
  const date = formatInstantId(options.approvedAt);
  if (options.basis === 'acting_principal')
    return `Disetujui otomatis oleh sistem (Plt) pada ${date}`;
  if (options.basis === 'principal_on_submission') {
    return `Disetujui otomatis oleh sistem saat diajukan pada ${date}`;
  }
  return `Disetujui oleh ${options.approverName ?? '-'} pada ${date}`;
}
