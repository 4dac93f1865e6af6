import type { WrittenDocumentState } from '@kinerja/contract';

/** A document's state as a coloured label: "Belum diisi", "Draf", "Terkirim" (domain.md §3.10). */
export function DocumentStateBadge({
  state,
  label,
}: {
  state: WrittenDocumentState;
  label: string;
}) {
  return (
    <span className={`badge exec-state exec-state-${state}`} data-state={state}>
      {label}
    </span>
  );
}
