import type { EvidenceListResponse, EvidenceSlot, Karya } from '@kinerja/contract';
import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { useMe } from '../../../lib/session/session';
import { slotTitleOf } from './format';
import { SlotCard } from './slot-card';
import { SlotSummary } from './slot-summary';

function ReadOnlySlot({ slot, ownerName }: { slot: EvidenceSlot; ownerName: string | null }) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <section
      className="card evidence-slot"
      aria-labelledby={titleId}
      data-slot={slot.code}
      data-instance={slot.instance}
    >
      <SlotSummary slot={slot} titleId={titleId} ownerName={ownerName} />
      {slot.abilities.canView && slot.file ? (
        <a
          className="btn btn-secondary"
          href={slot.file.url}
          target="_blank"
          rel="noopener"
          aria-label={t('evidence.checkName', { title: slotTitleOf(slot, t) })}
        >
          {t('evidence.check')}
        </a>
      ) : null}
    </section>
  );
}

/**
 * The slots of a plan grouped as Pengembangan Kompetensi and Tugas Tambahan, then the superseded
 * ones as history "tidak dihitung lagi" (issue #5 item 2). Editable for the owner only.
 */
export function SlotList({
  list,
  editable,
  loadKarya,
  onSlot,
}: {
  list: EvidenceListResponse;
  editable: boolean;
  loadKarya: () => Promise<Karya[]>;
  onSlot: (slot: EvidenceSlot) => void;
}) {
  const { t } = useI18n();
  // "DIUBAH OLEH ANDA" only to the employee; the atasan reads who changed it (issue #11 finding 7).
  const ownerName = useMe().person.id === list.employee.id ? null : list.employee.name;
  const render = (slot: EvidenceSlot) =>
    editable ? (
      <SlotCard
        key={slot.id}
        planId={list.planId}
        slot={slot}
        rules={list.rules}
        loadKarya={loadKarya}
        onSlot={onSlot}
      />
    ) : (
      <ReadOnlySlot key={slot.id} slot={slot} ownerName={ownerName} />
    );
  const competency = list.slots.filter((slot) => slot.kind === 'competency_evidence');
  const duties = list.slots.filter((slot) => slot.kind === 'additional_duty_evidence');
  return (
    <>
      {competency.length ? (
        <section className="stack" aria-labelledby="evidence-competency">
          <h2 id="evidence-competency">{t('evidence.competencyHeading')}</h2>
          {competency.map(render)}
        </section>
      ) : null}
      {duties.length ? (
        <section className="stack" aria-labelledby="evidence-duties">
          <h2 id="evidence-duties">{t('evidence.dutyHeading')}</h2>
          <p className="hint">{t('evidence.dutyHint')}</p>
          {duties.map(render)}
        </section>
      ) : null}
      {list.history.length ? (
        <section className="stack" aria-labelledby="evidence-history">
          <h2 id="evidence-history">{t('evidence.historyHeading')}</h2>
          {list.history.map((slot) => (
            <ReadOnlySlot key={slot.id} slot={slot} ownerName={ownerName} />
          ))}
        </section>
      ) : null}
    </>
  );
}
