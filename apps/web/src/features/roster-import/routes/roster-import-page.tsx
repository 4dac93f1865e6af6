import type { RosterImport } from '@kinerja/contract';
import { useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Page } from '../../../lib/ui/page';
import { isFinished } from '../api/roster-import-api';
import { DapodikMappingHelp } from '../components/dapodik-mapping-help';
import { FormatHelp } from '../components/format-help';
import { ImportResult } from '../components/import-result';
import { UploadForm } from '../components/upload-form';
import { useImportPoll } from '../components/use-import-poll';

function ImportStatus({ item }: { item: RosterImport }) {
  const { t } = useI18n();
  const total = item.rowsTotal;
  const detail =
    item.status === 'failed'
      ? t('import.problems', { count: item.errorCount })
      : total !== null
        ? t('import.rows', { done: item.rowsProcessed, total })
        : null;
  return (
    <div className="card stack">
      <p className="muted">
        {t('import.fileName')}: <strong>{item.fileName}</strong>
        {item.kind ? ` · ${t(`import.kind.${item.kind}`)}` : null}
      </p>
      <p role="status" data-testid="import-status">
        {t('import.status')}: <strong>{t(`import.status.${item.status}`)}</strong>
        {detail ? ` · ${detail}` : null}
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
  const [importId, setImportId] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const { item, error } = useImportPoll(importId);
  const isDone = item !== null && isFinished(item);
  const startOver = () => {
    setImportId(null);
    setFormKey((key) => key + 1);
  };
  return (
    <Page title={t('import.title')} wide>
      <p className="lead">{t('import.intro')}</p>
      <FormatHelp />
      <DapodikMappingHelp />
      <UploadForm
        key={formKey}
        isBusy={importId !== null && !isDone && !error}
        problem={error ? describeError(error, t) : null}
        onStarted={setImportId}
      />
      {item ? <ImportStatus item={item} /> : null}
      {item ? <ImportResult item={item} /> : null}
      {isDone ? (
        <button type="button" className="btn btn-secondary" onClick={startOver}>
          {t('import.again')}
        </button>
      ) : null}
    </Page>
  );
}
