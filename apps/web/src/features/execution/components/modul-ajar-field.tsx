import type { PracticeCycle } from '@kinerja/contract';
import { PDF_UPLOAD_MAX_BYTES } from '@kinerja/domain';
import { useId, useRef, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { formatDateTime } from '../../../lib/i18n/format-date-time';
import { FormAlert } from '../../../lib/ui/form-alert';
import { removeModulAjar, uploadModulAjar } from '../api/practice-api';
import { FileChooser } from '../../../lib/ui/file-chooser';

/** The server's limit for one PDF (domain.md §3.4, architecture.md §4). */
// The domain's one PDF size limit (domain.md §3.4, §3.6).
const MAX_BYTES = PDF_UPLOAD_MAX_BYTES;

/** "1,2 MB" / "350 KB". */
export function formatSize(bytes: number, locale: 'id' | 'en'): string {
  const format = (value: number) =>
    value.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${format(bytes / (1024 * 1024))} MB`
    : `${format(Math.max(1, bytes / 1024))} KB`;
}

/** The optional Modul Ajar of A (PDF ≤ 10 MB): see, replace or remove it (§3.6 [S] TXRXNOVI). */
export function ModulAjarField({
  cycle,
  onCycle,
}: {
  cycle: PracticeCycle;
  onCycle: (cycle: PracticeCycle) => void;
}) {
  const { t, locale } = useI18n();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  // A new chooser after each upload: it forgets the name of the file just sent.
  const [uploads, setUploads] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = cycle.preparation.modulAjar;

  const upload = async () => {
    if (!file) {
      setError(t('execution.modulAjar.chooseFirst'));
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(t('execution.modulAjar.tooBig'));
      return;
    }
    setError(null);
    setProgress(0);
    try {
      onCycle(await uploadModulAjar(cycle.planId, file, setProgress));
      setFile(null);
      setUploads((count) => count + 1);
    } catch (failure) {
      setError(describeError(failure, t));
    } finally {
      setProgress(null);
    }
  };

  const remove = async () => {
    setError(null);
    try {
      onCycle(await removeModulAjar(cycle.planId));
    } catch (failure) {
      setError(describeError(failure, t));
    }
  };

  return (
    <fieldset className="choice-list exec-modul">
      <legend>
        {t('execution.modulAjar.legend')}{' '}
        <span className="muted">({t('common.optionalHint')})</span>
      </legend>
      {current ? (
        <div className="exec-file">
          <p>
            <strong className="break">{current.fileName}</strong>{' '}
            <span className="muted">
              {formatSize(current.sizeBytes, locale)} · {formatDateTime(current.uploadedAt, locale)}
            </span>
          </p>
          <div className="actions exec-file-actions">
            <a href={current.url} target="_blank" rel="noopener" className="btn btn-secondary">
              {t('execution.modulAjar.open')}
            </a>
            <button type="button" className="btn btn-secondary" onClick={() => void remove()}>
              {t('execution.modulAjar.remove')}
            </button>
          </div>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={inputId}>
          {current ? t('execution.modulAjar.replace') : t('execution.modulAjar.choose')}
        </label>
        <p className="hint" id={`${inputId}-hint`}>
          {t('execution.modulAjar.hint')}
        </p>
        <FileChooser
          key={uploads}
          inputRef={input}
          id={inputId}
          accept="application/pdf,.pdf"
          describedBy={`${inputId}-hint`}
          onChange={setFile}
        />
      </div>
      {progress !== null ? (
        <p role="status">
          <progress max={100} value={progress} aria-label={t('execution.modulAjar.uploading')} />{' '}
          {t('execution.modulAjar.progress', { percent: progress })}
        </p>
      ) : null}
      <FormAlert message={error} />
      <button
        type="button"
        className="btn btn-secondary"
        disabled={progress !== null || !file}
        onClick={() => void upload()}
      >
        {t('execution.modulAjar.upload')}
      </button>
    </fieldset>
  );
}
