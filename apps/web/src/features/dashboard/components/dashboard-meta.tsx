import type { DashboardQuery, EvaluationDocumentDto } from '@kinerja/contract';
import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { navigate, useLocation } from '../../../lib/router';
import { documentChoices } from '../dashboard-query';
import { dashboardSearch } from '../paths';

/**
 * The period and Dokumen Evaluasi Kinerja shown; a select when the period has more than one
 * document (2024-S2: Semester II and Akhir — domain.md §5.5), and the XLSX download when given.
 */
export function DashboardMeta({
  period,
  document,
  query,
  xlsxUrl,
}: {
  period: { id: string; label: string };
  document: { code: EvaluationDocumentDto; label: string };
  query: DashboardQuery;
  xlsxUrl?: string;
}) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const selectId = useId();
  const choices = documentChoices(document.code);
  const choose = (code: EvaluationDocumentDto) =>
    navigate(`${pathname}${dashboardSearch({ periodId: query.periodId, document: code })}`, {
      replace: true,
    });
  return (
    <div className="dash-meta">
      <p className="dash-period">{t('dashboard.period', { period: period.label })}</p>
      {choices.length > 1 ? (
        <div className="field dash-document">
          <label htmlFor={selectId}>{t('dashboard.documentLabel')}</label>
          <select
            id={selectId}
            value={document.code}
            onChange={(event) => choose(event.target.value as EvaluationDocumentDto)}
          >
            {choices.map((code) => (
              <option key={code} value={code}>
                {t(`dashboard.document.${code}`)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p className="muted">{t('dashboard.documentOnly', { document: document.label })}</p>
      )}
      {xlsxUrl ? (
        <div className="dash-download">
          <a className="btn btn-secondary" href={xlsxUrl} download>
            {t('dashboard.xlsx')}
          </a>
          <p className="hint">{t('dashboard.xlsxHint')}</p>
        </div>
      ) : null}
    </div>
  );
}
