import type { EvidenceSlot } from '@kinerja/contract';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatBytes, slotTitleOf, wibDay } from './format';

/** Title, points or SK, state badge, "DIUBAH OLEH ANDA", the file and its certificate. */
export function SlotSummary({
  slot,
  titleId,
  ownerName = null,
}: {
  slot: EvidenceSlot;
  titleId: string;
  /** The employee's name when someone else (the atasan) reads the slot; null for the owner. */
  ownerName?: string | null;
}) {
  const { t, locale } = useI18n();
  const lines = fileLine(slot, t, locale);
  return (
    <>
      <h3 id={titleId} className="card-title">
        {slotTitleOf(slot, t)}
      </h3>
      <p className="evidence-meta">
        <span className={`badge evidence-state-${slot.state}`}>{slot.stateLabel}</span>
        {slot.points !== null ? <span>{t('evidence.points', { points: slot.points })}</span> : null}
        {slot.changedByEmployee ? (
          <strong className="evidence-changed">
            {ownerName
              ? t('evidence.changedByName', { name: ownerName })
              : t('evidence.changedByYou')}
          </strong>
        ) : null}
        {slot.supersededAt ? (
          <strong className="evidence-superseded">
            {t('evidence.superseded', { date: formatDate(wibDay(slot.supersededAt), locale) })}
          </strong>
        ) : null}
      </p>
      {slot.skReference ? <p>{t('evidence.sk', { sk: slot.skReference })}</p> : null}
      {lines.file ? (
        <p className="evidence-file">
          {lines.file}
          {slot.file?.source === 'karya' ? ` · ${t('evidence.fromKarya')}` : null}
        </p>
      ) : null}
      {lines.certificate ? <p>{lines.certificate}</p> : null}
      {lines.locked ? <p className="evidence-locked">{lines.locked}</p> : null}
    </>
  );
}

/** The file line of a slot, for the summary. */
export function fileLine(
  slot: EvidenceSlot,
  t: ReturnType<typeof useI18n>['t'],
  locale: ReturnType<typeof useI18n>['locale'],
): { file: string | null; certificate: string | null; locked: string | null } {
  return {
    file: slot.file
      ? t('evidence.file', { name: slot.file.name, size: formatBytes(slot.file.sizeBytes) })
      : null,
    certificate: slot.certificate
      ? slot.certificate.issuedOn
        ? t('evidence.certificate', {
            kind: slot.certificate.kindLabel,
            date: formatDate(slot.certificate.issuedOn, locale),
          })
        : t('evidence.certificateNoDate', { kind: slot.certificate.kindLabel })
      : null,
    locked:
      slot.state === 'collected' && slot.collectedAt
        ? t('evidence.locked', { date: formatDate(wibDay(slot.collectedAt), locale) })
        : null,
  };
}
