import {
  ASN_KIND_LABELS,
  DAPODIK_BENTUK_PENDIDIKAN,
  DAPODIK_JENIS_PTK,
  DAPODIK_PTK_HEADINGS,
  DAPODIK_SCHOOL_HEADINGS,
  DAPODIK_STATUS_KEPEGAWAIAN,
  type DapodikHeading,
} from '@kinerja/domain';
import { useI18n } from '../../../lib/i18n/i18n';

function HeadingTable({
  caption,
  headings,
}: {
  caption: string;
  headings: readonly DapodikHeading[];
}) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table className="table dapodik-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.dapodik.heading')}</th>
            <th scope="col">{t('import.dapodik.use')}</th>
          </tr>
        </thead>
        <tbody>
          {headings.map((item) => (
            <tr key={item.heading}>
              <th scope="row">{item.heading}</th>
              <td>{item.use}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const joined = (values: readonly string[]) => values.join(', ');

/**
 * The documented Dapodik mapping, read from the domain's data (issue 14 item 7): which headings of
 * Dapodik's exports are read, what each Status Kepegawaian means here (ASN kind), which Jenis PTK
 * are imported and which are passed over, and how Bentuk Pendidikan becomes a school level.
 */
export function DapodikMappingHelp() {
  const { t } = useI18n();
  const byRole = (imported: boolean) =>
    DAPODIK_JENIS_PTK.filter((item) => (item.role !== 'not_in_scope') === imported).map(
      (item) => item.value,
    );
  return (
    <details className="card format-help" data-testid="dapodik-mapping">
      <summary>{t('import.dapodik.title')}</summary>
      <div className="stack">
        <p>{t('import.dapodik.intro')}</p>
        <HeadingTable caption={t('import.dapodik.ptkHeadings')} headings={DAPODIK_PTK_HEADINGS} />
        <div className="table-scroll">
          <table className="table dapodik-table">
            <caption>{t('import.dapodik.statusTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.dapodik.status')}</th>
                <th scope="col">{t('import.dapodik.kind')}</th>
                <th scope="col">{t('import.dapodik.meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {DAPODIK_STATUS_KEPEGAWAIAN.map((status) => (
                <tr key={status.value}>
                  <th scope="row">{status.value}</th>
                  <td>{ASN_KIND_LABELS[status.asnKind]}</td>
                  <td>{status.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3 className="card-kicker">{t('import.dapodik.jenisTitle')}</h3>
        <p>{t('import.dapodik.jenisImported', { list: joined(byRole(true)) })}</p>
        <p>{t('import.dapodik.jenisSkipped', { list: joined(byRole(false)) })}</p>
        <HeadingTable
          caption={t('import.dapodik.schoolHeadings')}
          headings={DAPODIK_SCHOOL_HEADINGS}
        />
        <h3 className="card-kicker">{t('import.dapodik.bentukTitle')}</h3>
        <p>
          {DAPODIK_BENTUK_PENDIDIKAN.map((item) => `${item.value} → ${item.jenjang}`).join('; ')}
        </p>
      </div>
    </details>
  );
}
