import type { RosterImport } from '@kinerja/contract';
import { useRef, useState, type FormEvent } from 'react';
import { describeError, toFormErrors } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { FormAlert } from '../../../lib/ui/form-alert';
import { Page } from '../../../lib/ui/page';
import { isFinished, startRosterImport } from '../api/roster-import-api';
import { FormatHelp } from '../components/format-help';
import { ImportResult } from '../components/import-result';
import { useImportPoll } from '../components/use-import-poll';

function ImportStatus({ item }: { item: RosterImport }) {
  const { t } = useI18n();
  const total = item.rowsTotal;
  return (
    <div className="card stack">
      <p className="muted">
        {t('import.fileName')}: <strong>{item.fileName}</strong>
        {item.kind ? ` · ${t(`import.kind.${item.kind}`)}` : null}
      </p>
      <p role="status" data-testid="import-status">
        {t('import.status')}: <strong>{t(`import.status.${item.status}`)}</strong>
        {item.status === 'failed'
          ? ` · ${t('import.problems', { count: item.errorCount })}`
          : total !== null
            ? ` · ${t('import.rows', { done: item.rowsProcessed, total })}`
            : null}
      </p>
      {total && !isFinished(item) ? (
        <progress max={total} value={item.rowsProcessed} aria-label={t('import.status')} />
      ) : null}
    </div>
  );
}

/** /operator/impor — upload a Dapodik roster file and follow the import to its result. */
export function RosterImportPage() {
  const { t } = useI18n();
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const { item, error: pollError } = useImportPoll(importId);
  const isBusy =
    uploadPercent !== null || (importId !== null && !(item && isFinished(item)) && !pollError);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setFileError(t('import.chooseFile'));
    if (isBusy) return;
    setFileError(undefined);
    setError(null);
    setImportId(null);
    setUploadPercent(0);
    try {
      setImportId(await startRosterImport(file, setUploadPercent));
    } catch (caught) {
      const errors = toFormErrors(caught, ['file'], t);
      setFileError(errors.fields.file);
      setError(errors.general);
    } finally {
      setUploadPercent(null);
    }
  };

  const startOver = () => {
    setImportId(null);
    setError(null);
    setFormKey((key) => key + 1);
  };

  return (
    <Page title={t('import.title')} wide>
      <p className="lead">{t('import.intro')}</p>
      <FormatHelp />
      <form
        key={formKey}
        noValidate
        onSubmit={(event) => void submit(event)}
        className="card stack"
      >
        <FormAlert message={error ?? (pollError ? describeError(pollError, t) : null)} />
        <div className="field">
          <label htmlFor="roster-file">{t('import.file')}</label>
          <p id="roster-file-hint" className="hint">
            {t('import.fileHint')}
          </p>
          <input
            ref={fileInput}
            id="roster-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={fileError ? 'roster-file-hint roster-file-error' : 'roster-file-hint'}
            aria-invalid={fileError ? true : undefined}
            onChange={() => setFileError(undefined)}
          />
          {fileError ? (
            <p id="roster-file-error" className="field-error">
              {fileError}
            </p>
          ) : null}
        </div>
        {uploadPercent !== null ? (
          <p role="status">
            {t('import.uploading', { percent: uploadPercent })}
            <progress max={100} value={uploadPercent} aria-label={t('import.file')} />
          </p>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={isBusy}>
          {t('import.submit')}
        </button>
      </form>
      {item ? <ImportStatus item={item} /> : null}
      {item ? <ImportResult item={item} /> : null}
      {item && isFinished(item) ? (
        <button type="button" className="btn btn-secondary" onClick={startOver}>
          {t('import.again')}
        </button>
      ) : null}
    </Page>
  );
}
