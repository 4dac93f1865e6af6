import type { EvidenceDocumentKind } from '@kinerja/contract';
import { isDatedEvidenceKind } from '@kinerja/domain';
import { useId } from 'react';
import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';

/** The certificate of a competency slot being filled in. */
export type CertificateInput = {
  kind: EvidenceDocumentKind | '';
  issuedOn: string;
  /** "Nomor sertifikat" and "Judul", asked for dated certificates (the domain's isDatedEvidenceKind). */
  number: string;
  title: string;
};

/** Jenis dokumen and Tanggal terbit of competency evidence (domain.md §3.4: on or after 2023). */
export function CertificateFields({
  kinds,
  value,
  onChange,
  minDate,
}: {
  kinds: readonly EvidenceDocumentKind[];
  value: CertificateInput;
  onChange: (next: CertificateInput) => void;
  minDate: string;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('evidence.kindLabel')}</label>
        <select
          id={`${id}-kind`}
          value={value.kind}
          onChange={(event) =>
            onChange({ ...value, kind: event.target.value as EvidenceDocumentKind | '' })
          }
        >
          <option value="">{t('evidence.kindChoose')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`evidence.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('evidence.issuedOnLabel')}</label>
        <p id={`${id}-date-hint`} className="hint">
          {t('evidence.issuedOnHint', { date: formatDate(minDate, locale) })}
        </p>
        <input
          id={`${id}-date`}
          type="date"
          min={minDate}
          aria-describedby={`${id}-date-hint`}
          value={value.issuedOn}
          onChange={(event) => onChange({ ...value, issuedOn: event.target.value })}
        />
      </div>
      {value.kind && isDatedEvidenceKind(value.kind) ? (
        <>
          {/* A re-scan has other bytes but the same number and title: the server compares them (§3.4). */}
          <div className="field">
            <label htmlFor={`${id}-number`}>{t('evidence.numberLabel')}</label>
            <p id={`${id}-number-hint`} className="hint">
              {t('evidence.numberHint')}
            </p>
            <input
              id={`${id}-number`}
              type="text"
              maxLength={200}
              aria-describedby={`${id}-number-hint`}
              value={value.number}
              onChange={(event) => onChange({ ...value, number: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('evidence.titleLabel')}</label>
            <p id={`${id}-title-hint`} className="hint">
              {t('evidence.titleHint')}
            </p>
            <input
              id={`${id}-title`}
              type="text"
              maxLength={200}
              aria-describedby={`${id}-title-hint`}
              value={value.title}
              onChange={(event) => onChange({ ...value, title: event.target.value })}
            />
          </div>
        </>
      ) : null}
    </>
  );
}

/** The certificate to send, or the message saying what is missing. */
export function certificateToSend(
  value: CertificateInput,
):
  | { kind: EvidenceDocumentKind; issuedOn: string; number: string | null; title: string | null }
  | 'evidence.error.chooseKind'
  | 'evidence.error.chooseDate' {
  if (!value.kind) return 'evidence.error.chooseKind';
  if (!value.issuedOn) return 'evidence.error.chooseDate';
  // Number and title only where they identify the document; empty means "none printed".
  const dated = isDatedEvidenceKind(value.kind);
  return {
    kind: value.kind,
    issuedOn: value.issuedOn,
    number: dated ? value.number.trim() || null : null,
    title: dated ? value.title.trim() || null : null,
  };
}
