import type { MeResponse } from '@kinerja/contract';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../lib/i18n/messages-id';
import { useI18n } from '../../../lib/i18n/i18n';
import { BreakableText } from '../../../lib/ui/breakable-text';
import { profileNoteKey } from '../profile-note';

/** "Data diri": the person's data, read-only here, with where it comes from (domain.md §3.2). */
export function ProfileCard({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  const p = me.person;
  const note = profileNoteKey(me.activeRole);
  const jenjang = p.jenjangJabatan ? t(`jenjang.${p.jenjangJabatan}` as MessageKey) : null;
  const rows: Array<[MessageKey, ReactNode]> = [
    ['profile.name', p.name],
    ['profile.email', p.email ? <BreakableText text={p.email} /> : null],
    ['profile.nip', p.nip],
    ['profile.nuptk', p.nuptk],
    ['profile.employmentStatus', t(`employment.${p.employmentStatus}`)],
    ['profile.golonganRuang', p.golonganRuang],
    ['profile.jenjangJabatan', jenjang],
    ['profile.jenisPtk', p.jenisPtk],
  ];
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="card-heading">
        {t('profile.title')}
      </h2>
      <dl className="facts">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value ?? t('common.empty')}</dd>
          </div>
        ))}
      </dl>
      {note ? <p className="note">{t(note)}</p> : null}
    </section>
  );
}
