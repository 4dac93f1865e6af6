import { useRef, useState, type FormEvent } from 'react';
import { toFormErrors } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { FormAlert } from '../../../lib/ui/form-alert';
import { startRosterImport } from '../api/roster-import-api';
import { FileChooser } from '../../../lib/ui/file-chooser';

/** File input (CSV/XLSX) and "Unggah" with upload progress; reports the new import's id. */
export function UploadForm(props: {
  isBusy: boolean;
  problem: string | null;
  onStarted: (id: string | null) => void;
}) {
  const { t } = useI18n();
  const [percent, setPercent] = useState<number | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setFileError(t('import.chooseFile'));
    if (props.isBusy || percent !== null) return;
    setFileError(undefined);
    setError(null);
    props.onStarted(null);
    setPercent(0);
    try {
      props.onStarted(await startRosterImport(file, setPercent));
    } catch (caught) {
      const errors = toFormErrors(caught, ['file'], t);
      setFileError(errors.fields.file);
      setError(errors.general);
    } finally {
      setPercent(null);
    }
  };

  const describedBy = fileError ? 'roster-file-hint roster-file-error' : 'roster-file-hint';
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="card stack">
      <FormAlert message={error ?? props.problem} />
      <div className="field">
        <label htmlFor="roster-file">{t('import.file')}</label>
        <p id="roster-file-hint" className="hint">
          {t('import.fileHint')}
        </p>
        <FileChooser
          inputRef={fileInput}
          id="roster-file"
          name="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          describedBy={describedBy}
          isInvalid={Boolean(fileError)}
          onChange={() => setFileError(undefined)}
        />
        {fileError ? (
          <p id="roster-file-error" className="field-error">
            {fileError}
          </p>
        ) : null}
      </div>
      {percent !== null ? (
        <p role="status">
          {t('import.uploading', { percent })}
          <progress max={100} value={percent} aria-label={t('import.file')} />
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={props.isBusy || percent !== null}>
        {t('import.submit')}
      </button>
    </form>
  );
}
