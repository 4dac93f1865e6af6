import { useI18n } from '../../../lib/i18n/i18n';
import { Link } from '../../../lib/router';

/**
 * 2024: Pelaksanaan also collects bukti dukung for Pengembangan Kompetensi and Tugas Tambahan and
 * allows "Ubah Rencana Hasil Kerja" (domain.md §3.4); both have their own pages.
 */
export function Evidence2024Card() {
  const { t } = useI18n();
  return (
    <section className="card exec-doc" aria-labelledby="exec-evidence-heading">
      <h2 id="exec-evidence-heading" className="card-heading">
        {t('execution.evidence2024.title')}
      </h2>
      <p>{t('execution.evidence2024.intro')}</p>
      <div className="exec-actions">
        <Link to="/pelaksanaan/bukti" className="btn btn-primary">
          {t('execution.evidence2024.collect')}
        </Link>
        <Link to="/pelaksanaan/ubah-rhk" className="btn btn-secondary">
          {t('execution.evidence2024.changeRhk')}
        </Link>
      </div>
    </section>
  );
}
