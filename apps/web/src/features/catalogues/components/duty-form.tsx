import type { EditDutyEntryRequest } from '@kinerja/contract';
import { SCHOOL_LEVEL_LABELS, SCHOOL_LEVELS, type SchoolLevel } from '@kinerja/domain';
import { useState, type FormEvent } from 'react';
import { noFormErrors, toFormErrors, type FormErrors } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Field } from '../../../lib/ui/field';
import type { CatalogueEntry } from './entry-card';
import { ProvenanceFields, type Provenance } from './provenance-fields';

const FIELDS = ['code', 'name', 'schoolLevels', 'weeklyJp', 'legalBasis', 'source', 'confidence'];

/** Edits (entry given) or adds a tugas tambahan with its jenjang and legal basis — §4.4. */
export function DutyForm(props: {
  entry: CatalogueEntry | null;
  onSave: (code: string, body: EditDutyEntryRequest) => Promise<void>;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const values = (props.entry?.values ?? {}) as Partial<{
    name: string;
    schoolLevels: SchoolLevel[];
    weeklyJp: number | null;
    legalBasis: string;
  }>;
  const [code, setCode] = useState(props.entry?.code ?? '');
  const [name, setName] = useState(values.name ?? '');
  const [levels, setLevels] = useState<SchoolLevel[]>(values.schoolLevels ?? []);
  const [jp, setJp] = useState(values.weeklyJp == null ? '' : String(values.weeklyJp));
  const [legalBasis, setLegalBasis] = useState(values.legalBasis ?? '');
  const [provenance, setProvenance] = useState<Provenance>({ source: '', confidence: 'S' });
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [isSaving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const weeklyJp = jp.trim() === '' ? null : Number(jp);
      await props.onSave(code.trim(), {
        name,
        schoolLevels: levels,
        weeklyJp,
        legalBasis,
        ...provenance,
      });
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS, t));
      setSaving(false);
    }
  };

  const toggle = (level: SchoolLevel) =>
    setLevels(levels.includes(level) ? levels.filter((l) => l !== level) : [...levels, level]);

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      {errors.general ? (
        <p role="alert" className="alert alert-error">
          {errors.general}
        </p>
      ) : null}
      {props.entry === null ? (
        <Field
          label={t('catalogues.form.code')}
          value={code}
          error={errors.fields.code}
          onChange={(event) => setCode(event.target.value)}
        />
      ) : null}
      <Field
        label={t('catalogues.form.name')}
        value={name}
        error={errors.fields.name}
        onChange={(event) => setName(event.target.value)}
      />
      <fieldset className="field">
        <legend>{t('catalogues.form.levels')}</legend>
        {SCHOOL_LEVELS.map((level) => (
          <label key={level} className="radio">
            <input
              type="checkbox"
              checked={levels.includes(level)}
              onChange={() => toggle(level)}
            />{' '}
            {SCHOOL_LEVEL_LABELS[level][locale]}
          </label>
        ))}
        {errors.fields.schoolLevels ? (
          <p className="field-error">{errors.fields.schoolLevels}</p>
        ) : null}
      </fieldset>
      <Field
        label={t('catalogues.form.jp')}
        hint={t('catalogues.form.jpHint')}
        inputMode="numeric"
        value={jp}
        error={errors.fields.weeklyJp}
        onChange={(event) => setJp(event.target.value)}
      />
      <Field
        label={t('catalogues.form.legalBasis')}
        value={legalBasis}
        error={errors.fields.legalBasis}
        onChange={(event) => setLegalBasis(event.target.value)}
      />
      <ProvenanceFields value={provenance} onChange={setProvenance} errors={errors.fields} />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isSaving}>
          {isSaving ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
