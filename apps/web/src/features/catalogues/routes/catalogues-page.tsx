import type {
  AdminPeriod,
  CatalogueEntriesResponse,
  EditableCatalogueKind,
} from '@kinerja/contract';
import { useEffect, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Loading } from '../../../lib/ui/loading';
import { Page } from '../../../lib/ui/page';
import { useMe } from '../../../lib/session/session';
import {
  fetchCatalogueEntries,
  fetchCataloguePeriods,
  saveCompetencyEntry,
  saveDutyEntry,
  savePracticeEntry,
  saveRhkEntry,
} from '../api/catalogues-api';
import { CompetencyForm } from '../components/competency-form';
import { DutyForm } from '../components/duty-form';
import { EntryCard } from '../components/entry-card';
import { PracticeForm } from '../components/practice-form';
import { RhkForm } from '../components/rhk-form';
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
 * behaviours, tugas tambahan with legal basis, competency indicators, the 2024 RHK point table),
 * sees each value's source and marker, the gaps and who changed what (issue 13 item 3). Any
 * period can be chosen, one not yet open included, so the next year's catalogues are ready
 * before its Pra-Perencanaan. Edits apply to plans started afterwards.
 */
export function CataloguesPage() {
  const { t } = useI18n();
  const me = useMe();
  const [periodId, setPeriodId] = useState(me.activePeriod.id);
  const [periods, setPeriods] = useState<AdminPeriod[] | null>(null);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [kind, setKind] = useState<EditableCatalogueKind>('practice_teacher');
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    fetchCataloguePeriods().then(
      (list) => setPeriods(list.periods),
      () => setPeriods(null),
    );
  }, []);

  useEffect(() => {
    setLoad({ status: 'loading' });
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
    // A period without the chosen kind (the RHK table exists in 2024 only) shows its first one.
    const catalogue =
      load.data.catalogues.find((item) => item.kind === kind) ?? load.data.catalogues[0];
    const shown = catalogue?.kind ?? kind;
    const practiceKind = PRACTICE[shown];
    const periodLabel = periods?.find((p) => p.id === periodId)?.label ?? me.activePeriod.label;
    return (
      <>
        <p className="lead">{t('catalogues.lead')}</p>
        <p>
          {t('catalogues.period', {
            label: periodLabel,
            version: load.data.versionLabel,
          })}
        </p>
        {notice ? (
          <p role="status" className="alert alert-success">
            {notice}
          </p>
        ) : null}
        {periods ? (
          <div className="field">
            <label htmlFor="catalogue-period">{t('catalogues.choosePeriod')}</label>
            <select
              id="catalogue-period"
              value={periodId}
              onChange={(event) => {
                setPeriodId(event.target.value);
                setEditing(null);
                setNotice(null);
              }}
            >
              {periods.map((period) => (
                <option key={period.id} value={period.id}>
                  {period.isOpen
                    ? period.label
                    : t('catalogues.periodNotOpen', { label: period.label })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="catalogue-kind">{t('catalogues.choose')}</label>
          <select
            id="catalogue-kind"
            value={shown}
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
        {shown === 'additional_duties' ? (
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
            {editing === entry.code && shown === 'competency_rhk' ? (
              <RhkForm
                entry={entry}
                onSave={async (edit) => saved(await saveRhkEntry(periodId, entry.code, edit))}
                onCancel={() => setEditing(null)}
              />
            ) : null}
            {editing === entry.code &&
            shown.startsWith('competency_') &&
            shown !== 'competency_rhk' ? (
              <CompetencyForm
                entry={entry}
                onSave={async (edit) =>
                  saved(await saveCompetencyEntry(periodId, entry.code, edit))
                }
                onCancel={() => setEditing(null)}
              />
            ) : null}
            {editing === entry.code && shown === 'additional_duties' ? (
              <DutyForm
                entry={entry}
                onSave={async (code, duty) => saved(await saveDutyEntry(periodId, code, duty))}
                onCancel={() => setEditing(null)}
              />
            ) : null}
            {editing !== entry.code ? (
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
