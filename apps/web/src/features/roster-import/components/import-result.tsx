import type { RosterImport, RosterImportSummary } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

const summaryKeys: Array<keyof RosterImportSummary> = [
  'schoolsCreated',
  'schoolsUpdated',
  'peopleCreated',
  'peopleUpdated',
  'principalsSet',
];

// The line number has its own column, so "Baris 3: " would only repeat it.
const withoutLinePrefix = (message: string) => message.replace(/^Baris \d+:\s*/, '');

/** The outcome: what changed, or the line-numbered problems (Baris, Kolom, Alasan). */
export function ImportResult({ item }: { item: RosterImport }) {
  const { t } = useI18n();
  if (item.status === 'completed' && item.summary) {
    const summary = item.summary;
    return (
      <section aria-labelledby="import-result-heading" className="card">
        <h2 id="import-result-heading" className="card-heading">
          {t('import.summaryTitle')}
        </h2>
        <table className="table">
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
      </section>
    );
  }
  if (item.status !== 'failed') return null;
  return (
    <section aria-labelledby="import-result-heading" className="card">
      <h2 id="import-result-heading" className="card-heading">
        {t('import.errorsTitle')}
      </h2>
      {item.errorCount > item.errors.length ? (
        <p className="muted">
          {t('import.moreErrors', { shown: item.errors.length, total: item.errorCount })}
        </p>
      ) : null}
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-labelledby="import-result-heading"
      >
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
            {item.errors.map((error, index) => (
              <tr key={index}>
                <td className="num">{error.line ?? t('import.wholeFile')}</td>
                <td className="code">{error.field ?? t('common.empty')}</td>
                <td>{withoutLinePrefix(error.message)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
