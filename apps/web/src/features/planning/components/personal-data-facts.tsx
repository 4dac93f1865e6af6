import type { Plan } from '@kinerja/contract';
import { useI18n } from '../../../lib/i18n/i18n';

/** Data diri as the plan uses it: roster values, with the local edit of rank and jenjang applied. */
export function PersonalDataFacts({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const { roster, effective, isEdited } = plan.personalData;
  const empty = t('common.empty');
  const rank = [effective.pangkat, effective.golonganRuang].filter(Boolean).join(', ');
  const edited = isEdited ? ` (${t('planning.personal.editedMark')})` : '';
  const rows: Array<[string, string]> = [
    [t('planning.summary.name'), roster.name],
    ['NIP', roster.nip ?? empty],
    ['NUPTK', roster.nuptk ?? empty],
    [t('planning.personal.employmentStatus'), t(`planning.employment.${roster.employmentStatus}`)],
    [t('planning.summary.school'), roster.schoolName],
    [t('planning.personal.jenisPtk'), roster.jenisPtk ?? empty],
    [t('planning.personal.rank'), (rank || empty) + (rank ? edited : '')],
    [
      t('planning.personal.careerLevel'),
      (effective.careerLevelLabel ?? empty) + (effective.careerLevelLabel ? edited : ''),
    ],
  ];
  return (
    <dl className="facts" data-testid="personal-data">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className="break">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
