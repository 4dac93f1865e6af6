import type { RosterImport, RosterImportError, RosterImportSummary } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';
import { BreakableText } from '../../../lib/ui/breakable-text';

const summaryKeys: Array<keyof RosterImportSummary> = [
  'schoolsCreated',
  'schoolsUpdated',
  'peopleCreated',
  'peopleUpdated',
  'principalsSet',
  'rowsSkipped',
];

// The line number has its own column, so "Baris 3: " would only repeat it.
const withoutLinePrefix = (message: string) => message.replace(/^Baris \d+:\s*/, '');

function SummaryTable({ summary }: { summary: RosterImportSummary }) {
  const { t } = useI18n();
  return (
    <table className="table summary-table">
      <thead>
        <tr>
          <th scope="col">{t('import.summary.item')}</th>
          <th scope="col" className="num">
            {t('import.summary.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {summaryKeys.map((key) => (
          <tr key={key}>
            <th scope="row">{t(`import.summary.${key}`)}</th>
            <td className="num">{summary[key]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ErrorsTable({ errors, labelledBy }: { errors: RosterImportError[]; labelledBy: string }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('import.col.line')}
            </th>
            <th scope="col">{t('import.col.column')}</th>
            <th scope="col">{t('import.col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={index}>
              <td className="num">{error.line ?? t('import.wholeFile')}</td>
              <td className="code">
                {error.field ? <BreakableText text={error.field} /> : t('common.empty')}
              </td>
              <td>{withoutLinePrefix(error.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The outcome: what changed, or the line-numbered problems (Baris, Kolom, Alasan). */
export function ImportResult({ item }: { item: RosterImport }) {
  const { t } = useI18n();
  const isCompleted = item.status === 'completed' && item.summary !== null;
  if (!isCompleted && item.status !== 'failed') return null;
  return (
    <section aria-labelledby="import-result-heading" className="card">
      <h2 id="import-result-heading" className="card-heading">
        {isCompleted ? t('import.summaryTitle') : t('import.errorsTitle')}
      </h2>
      {item.summary && isCompleted ? <SummaryTable summary={item.summary} /> : null}
      {!isCompleted && item.errorCount > item.errors.length ? (
        <p className="muted">
          {t('import.moreErrors', { shown: item.errors.length, total: item.errorCount })}
        </p>
      ) : null}
      {!isCompleted ? (
        <ErrorsTable errors={item.errors} labelledBy="import-result-heading" />
      ) : null}
    </section>
  );
}
