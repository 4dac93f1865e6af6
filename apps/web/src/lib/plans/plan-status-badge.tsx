import type { PlanStatus } from '@kinerja/contract';
import type { CSSProperties } from 'react';

// One colour pair per status (domain.md §3.10); each pair keeps WCAG AA contrast on its own.
const tones: Record<PlanStatus, CSSProperties> = {
  not_started: { background: '#eef1f5', color: '#374151' },
  draft: { background: '#e6f0fa', color: '#0b4f8a' },
  submitted: { background: '#fff4d6', color: '#6b4500' },
  returned: { background: '#fdecec', color: '#a4161a' },
  approved: { background: '#e3f4e8', color: '#14532d' },
};

/** A plan's status as a coloured label ("Draf", "Perlu disetujui", "Dikembalikan", …). */
export function PlanStatusBadge({ status, label }: { status: PlanStatus; label: string }) {
  return (
    <span className="badge" data-status={status} style={tones[status]}>
      {label}
    </span>
  );
}
