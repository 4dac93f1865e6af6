import type { EvidenceListResponse, EvidenceSlot, Karya } from '@kinerja/contract';
import { useId, useRef, useState } from 'react';
import { ApiError, NETWORK_ERROR } from '../../../lib/api/client';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import {
  attachKarya,
  collectEvidence,
  saveEvidenceDraft,
  uploadEvidence,
} from '../api/evidence-api';
import { CertificateFields, certificateToSend, type CertificateInput } from './certificate-fields';
import { ConfirmDialog } from './confirm-dialog';
import { formatBytes, slotTitleOf } from './format';
import { SlotSummary } from './slot-summary';
import { FileChooser } from '../../../lib/ui/file-chooser';

type Mode = 'view' | 'upload' | 'karya';

const initialCertificate = (slot: EvidenceSlot): CertificateInput => ({
  kind: slot.certificate?.kind ?? (slot.acceptedKinds.length === 1 ? slot.acceptedKinds[0]! : ''),
  issuedOn: slot.certificate?.issuedOn ?? '',
  number: slot.certificate?.number ?? '',
  title: slot.certificate?.title ?? '',
});

/**
 * One evidence slot of a 2024 plan (domain.md §3.4): "Unggah Dokumen", "Ambil Karya", "Cek",
 * "Ubah", "Simpan Draf" and "Kumpulkan". A refused action leaves the slot as it was: the shown
 * slot changes only with what the server answered.
 */
export function SlotCard({
  planId,
  slot,
  rules,
  loadKarya,
  onSlot,
}: {
  planId: string;
  slot: EvidenceSlot;
  rules: EvidenceListResponse['rules'];
  loadKarya: () => Promise<Karya[]>;
  onSlot: (slot: EvidenceSlot) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [certificate, setCertificate] = useState<CertificateInput>(() => initialCertificate(slot));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [isWaiting, setWaiting] = useState(false);
  const [isPending, setPending] = useState(false);
  const [karya, setKarya] = useState<Karya[] | null>(null);
  const [karyaId, setKaryaId] = useState('');
  const [isConfirming, setConfirming] = useState(false);
  const [collectError, setCollectError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const isCompetency = slot.kind === 'competency_evidence';
  const { abilities } = slot;
  const max = formatBytes(rules.maxBytes);

  const begin = (next: Mode) => {
    setMode(next);
    setError(null);
    setNotice(null);
    setCertificate(initialCertificate(slot));
    if (next === 'karya' && karya === null) {
      loadKarya().then(setKarya, (cause: unknown) => setError(describeError(cause, t)));
    }
  };

  const certificateOrError = () => {
    if (!isCompetency) return null;
    const checked = certificateToSend(certificate);
    if (typeof checked === 'string') throw new Error(t(checked));
    return checked;
  };

  const run = async (action: () => Promise<void>) => {
    if (isPending) return;
    setPending(true);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === NETWORK_ERROR) {
        setError(t('evidence.error.network'));
      } else if (cause instanceof ApiError) setError(describeError(cause, t));
      else setError(cause instanceof Error ? cause.message : describeError(cause, t));
    } finally {
      setPending(false);
      setProgress(null);
      setWaiting(false);
    }
  };

  const upload = () =>
    run(async () => {
      const file = fileInput.current?.files?.[0];
      if (!file) throw new Error(t('evidence.error.chooseFile'));
      // The server checks the bytes too (PDF, ≤ 10 MB while streaming); this saves a useless upload.
      if (file.size > rules.maxBytes) {
        throw new Error(
          t('evidence.error.tooLarge', { name: file.name, size: formatBytes(file.size), max }),
        );
      }
      const cert = certificateOrError();
      setProgress(0);
      const next = await uploadEvidence({
        planId,
        slotId: slot.id,
        version: slot.version,
        file,
        certificate: cert,
        onProgress: setProgress,
        onWaiting: setWaiting,
      });
      onSlot(next);
      setMode('view');
      setNotice(t('evidence.uploaded'));
    });

  const useKarya = () =>
    run(async () => {
      if (!karyaId) throw new Error(t('evidence.error.chooseKarya'));
      const cert = certificateOrError();
      const next = await attachKarya(planId, slot.id, {
        karyaId,
        ...(cert ? { certificate: cert } : {}),
        version: slot.version,
      });
      onSlot(next);
      setMode('view');
      setNotice(t('evidence.uploaded'));
    });

  const saveDraft = () =>
    run(async () => {
      const cert = certificateOrError();
      if (!cert) return;
      onSlot(
        await saveEvidenceDraft(planId, slot.id, { certificate: cert, version: slot.version }),
      );
      setNotice(t('evidence.draftSaved'));
    });

  const collect = async () => {
    if (isPending) return;
    setPending(true);
    setCollectError(null);
    try {
      onSlot(await collectEvidence(planId, slot.id, slot.version));
      setConfirming(false);
      setNotice(t('evidence.collected'));
    } catch (cause) {
      setCollectError(describeError(cause, t));
    } finally {
      setPending(false);
    }
  };

  const titleId = `${id}-title`;
  return (
    <section
      className="card evidence-slot"
      aria-labelledby={titleId}
      data-slot={slot.code}
      data-instance={slot.instance}
    >
      <SlotSummary slot={slot} titleId={titleId} />

      {mode === 'view' ? (
        <div className="actions evidence-actions">
          {abilities.canView && slot.file ? (
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
          {abilities.canUpload ? (
            <button type="button" className="btn btn-secondary" onClick={() => begin('upload')}>
              {slot.file ? t('evidence.change') : t('evidence.upload')}
            </button>
          ) : null}
          {abilities.canUseKarya && isCompetency ? (
            <button type="button" className="btn btn-secondary" onClick={() => begin('karya')}>
              {t('evidence.useKarya')}
            </button>
          ) : null}
          {abilities.canCollect ? (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                setCollectError(null);
                setConfirming(true);
              }}
            >
              {t('evidence.collect')}
            </button>
          ) : null}
        </div>
      ) : null}

      {mode === 'view' && abilities.canSaveDraft && isCompetency && slot.file ? (
        <details className="evidence-draft">
          <summary>{t('evidence.saveDraft')}</summary>
          <div className="stack">
            <CertificateFields
              kinds={slot.acceptedKinds}
              value={certificate}
              onChange={setCertificate}
              minDate={rules.certificateIssuedOnOrAfter}
            />
            <button
              type="button"
              className="btn btn-secondary"
              disabled={isPending}
              onClick={() => void saveDraft()}
            >
              {t('evidence.saveDraft')}
            </button>
          </div>
        </details>
      ) : null}

      {mode === 'upload' ? (
        <div className="stack evidence-form">
          {isCompetency ? (
            <CertificateFields
              kinds={slot.acceptedKinds}
              value={certificate}
              onChange={setCertificate}
              minDate={rules.certificateIssuedOnOrAfter}
            />
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('evidence.fileLabel')}</label>
            <p id={`${id}-file-hint`} className="hint">
              {t('evidence.fileHint', { max })}
            </p>
            <FileChooser
              inputRef={fileInput}
              id={`${id}-file`}
              accept="application/pdf"
              describedBy={`${id}-file-hint`}
              onChange={() => setError(null)}
            />
          </div>
          {progress !== null ? (
            <div className="evidence-progress">
              <progress max={100} value={progress} aria-label={t('evidence.uploadProgress')} />
              <span>
                {t(isWaiting ? 'evidence.uploadWaiting' : 'evidence.uploading', {
                  percent: progress,
                })}
              </span>
            </div>
          ) : null}
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={() => setMode('view')}>
              {t('evidence.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={isPending}
              aria-busy={isPending || undefined}
              onClick={() => void upload()}
            >
              {t('evidence.upload')}
            </button>
          </div>
        </div>
      ) : null}

      {mode === 'karya' ? (
        <div className="stack evidence-form">
          {karya !== null && karya.length === 0 ? (
            <p className="hint">{t('evidence.karyaEmpty')}</p>
          ) : (
            <div className="field">
              <label htmlFor={`${id}-karya`}>{t('evidence.karyaLabel')}</label>
              <select
                id={`${id}-karya`}
                value={karyaId}
                onChange={(event) => setKaryaId(event.target.value)}
              >
                <option value="">{t('evidence.karyaChoose')}</option>
                {(karya ?? []).map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.title} ({item.categoryLabel})
                  </option>
                ))}
              </select>
            </div>
          )}
          <CertificateFields
            kinds={slot.acceptedKinds}
            value={certificate}
            onChange={setCertificate}
            minDate={rules.certificateIssuedOnOrAfter}
          />
          <div className="actions">
            <button type="button" className="btn btn-secondary" onClick={() => setMode('view')}>
              {t('evidence.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={isPending}
              onClick={() => void useKarya()}
            >
              {t('evidence.karyaApply')}
            </button>
          </div>
        </div>
      ) : null}

      <div role="alert" className={error ? 'alert alert-error' : 'alert-empty'}>
        {error}
      </div>
      <p role="status" className={notice ? 'alert alert-info' : 'alert-empty'}>
        {notice}
      </p>

      {isConfirming ? (
        <ConfirmDialog
          title={t('evidence.collectTitle')}
          body={t('evidence.collectBody', { title: slotTitleOf(slot, t) })}
          confirmLabel={t('evidence.collect')}
          cancelLabel={t('evidence.back')}
          error={collectError}
          isPending={isPending}
          onConfirm={() => void collect()}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </section>
  );
}
