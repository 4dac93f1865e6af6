import type { PlanStatus, SchoolPlanListResponse } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

/** The statuses of the list, in the order of the plan machine (domain.md §3.10). */
export const PLAN_STATUSES: readonly PlanStatus[] = [
  'not_started',
  'draft',
  'submitted',
  'returned',
  'approved',
];

/** Chips "Semua", "Belum mulai", "Draf", "Perlu disetujui", "Dikembalikan", "Disetujui" with counts. */
export function StatusFilter({
  counts,
  value,
  onChange,
}: {
  counts: SchoolPlanListResponse['counts'];
  value: PlanStatus | null;
  onChange: (status: PlanStatus | null) => void;
}) {
  const { t } = useI18n();
  const total = PLAN_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const chips: Array<{ status: PlanStatus | null; label: string; count: number }> = [
    { status: null, label: t('review.status.all'), count: total },
    ...PLAN_STATUSES.map((status) => ({
      status,
      label: t(`review.status.${status}`),
      count: counts[status],
    })),
  ];
  return (
    <div role="group" aria-label={t('review.filter')} className="chips">
      {chips.map((chip) => (
        <button
          key={chip.status ?? 'all'}
          type="button"
          className="chip"
          data-status={chip.status ?? 'all'}
          aria-pressed={value === chip.status}
          onClick={() => onChange(chip.status)}
        >
          {chip.label} <span className="chip-count">{chip.count}</span>
        </button>
      ))}
    </div>
  );
}
