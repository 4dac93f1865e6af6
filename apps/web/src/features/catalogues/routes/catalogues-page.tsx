import type { CatalogueEntriesResponse, EditableCatalogueKind } from '@kinerja/contract';
import { useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { useMe } from '../../../lib/session/session';
import { fetchCatalogueEntries, saveDutyEntry, savePracticeEntry } from '../api/catalogues-api';
import { DutyForm } from '../components/duty-form';
import { EntryCard } from '../components/entry-card';
import { PracticeForm } from '../components/practice-form';
import '../catalogues.css';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: CatalogueEntriesResponse };

const PRACTICE: Partial<Record<EditableCatalogueKind, 'teacher' | 'principal'>> = {
  practice_teacher: 'teacher',
  practice_principal: 'principal',
};

/**
 * /admin/katalog — the Admin edits the period's catalogues (Praktik Kinerja with target
 * behaviours, tugas tambahan with legal basis), sees each value's source and marker, the gaps
 * and who changed what (issue 13 item 3). Edits apply to plans started afterwards.
 */
export function CataloguesPage() {
  const { t } = useI18n();
  const me = useMe();
  const periodId = me.activePeriod.id;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [kind, setKind] = useState<EditableCatalogueKind>('practice_teacher');
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    fetchCatalogueEntries(periodId).then(
      (data) => setLoad({ status: 'ready', data }),
      (error: unknown) => setLoad({ status: 'error', message: describeError(error, t) }),
    );
  }, [periodId, t]);

  const saved = (data: CatalogueEntriesResponse) => {
    setLoad({ status: 'ready', data });
    setEditing(null);
    setNotice(t('catalogues.saved', { version: data.versionLabel }));
  };

  const body = () => {
    if (load.status !== 'ready') return null;
    const catalogue = load.data.catalogues.find((item) => item.kind === kind);
    const practiceKind = PRACTICE[kind];
    return (
      <>
        <p className="lead">{t('catalogues.lead')}</p>
        <p>
          {t('catalogues.period', {
            label: me.activePeriod.label,
            version: load.data.versionLabel,
          })}
        </p>
        {notice ? (
          <p role="status" className="alert alert-success">
            {notice}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="catalogue-kind">{t('catalogues.choose')}</label>
          <select
            id="catalogue-kind"
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as EditableCatalogueKind);
              setEditing(null);
            }}
          >
            {load.data.catalogues.map((item) => (
              <option key={item.kind} value={item.kind}>
                {item.title}
              </option>
            ))}
          </select>
        </div>
        {kind === 'additional_duties' ? (
          editing === '' ? (
            <section className="card stack">
              <h2>{t('catalogues.addDuty')}</h2>
              <DutyForm
                entry={null}
                onSave={async (code, duty) => saved(await saveDutyEntry(periodId, code, duty))}
                onCancel={() => setEditing(null)}
              />
            </section>
          ) : (
            <button type="button" className="btn btn-secondary" onClick={() => setEditing('')}>
              {t('catalogues.addDuty')}
            </button>
          )
        ) : null}
        {kind.startsWith('competency') ? (
          <p className="muted">{t('catalogues.form.competencyHint')}</p>
        ) : null}
        {catalogue?.entries.map((entry) => (
          <EntryCard key={entry.code} entry={entry}>
            {editing === entry.code && practiceKind ? (
              <PracticeForm
                entry={entry}
                onSave={async (edit) =>
                  saved(await savePracticeEntry(periodId, practiceKind, entry.code, edit))
                }
                onCancel={() => setEditing(null)}
              />
            ) : null}
            {editing === entry.code && kind === 'additional_duties' ? (
              <DutyForm
                entry={entry}
                onSave={async (code, duty) => saved(await saveDutyEntry(periodId, code, duty))}
                onCancel={() => setEditing(null)}
              />
            ) : null}
            {editing !== entry.code && !kind.startsWith('competency') ? (
              <button
                type="button"
                className="btn btn-secondary"
                aria-label={`${t('catalogues.edit')} ${entry.title}`}
                onClick={() => {
                  setEditing(entry.code);
                  setNotice(null);
                }}
              >
                {t('catalogues.edit')}
              </button>
            ) : null}
          </EntryCard>
        ))}
      </>
    );
  };

  return (
    <Page title={t('catalogues.title')}>
      {load.status === 'loading' ? <Loading label={t('common.loading')} /> : null}
      {load.status === 'error' ? (
        <p role="alert" className="alert alert-error">
          {load.message}
        </p>
      ) : null}
      {body()}
    </Page>
  );
}
