import { ROSTER_PTK_COLUMNS, ROSTER_SCHOOL_COLUMNS } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

// Header names the server accepts (docs/ROSTER-IMPORT.md); order does not matter, extra columns are ignored.
const PTK_COLUMNS = ROSTER_PTK_COLUMNS;
const SCHOOL_COLUMNS = ROSTER_SCHOOL_COLUMNS;

const template = (columns: readonly string[]) =>
  `data:text/csv;charset=utf-8,${encodeURIComponent(`${columns.join(',')}\r\n`)}`;

/** "Lihat format berkas": the column headers of both file kinds and empty templates to fill in. */
export function FormatHelp() {
  const { t } = useI18n();
  return (
    <details className="card format-help">
      <summary>{t('import.formatLink')}</summary>
      <div className="stack">
        <p>{t('import.formatIntro')}</p>
        <h2 className="card-kicker">{t('import.kind.ptk')}</h2>
        <p className="columns">
          {PTK_COLUMNS.map((c) => (
            <code key={c}>{c}</code>
          ))}
        </p>
        <a href={template(PTK_COLUMNS)} download="format-ptk.csv">
          {t('import.templatePtk')}
        </a>
        <h2 className="card-kicker">{t('import.kind.schools')}</h2>
        <p className="columns">
          {SCHOOL_COLUMNS.map((c) => (
            <code key={c}>{c}</code>
          ))}
        </p>
        <a href={template(SCHOOL_COLUMNS)} download="format-sekolah.csv">
          {t('import.templateSchools')}
        </a>
        <p className="note">{t('import.formatDoc')}</p>
      </div>
    </details>
  );
}
