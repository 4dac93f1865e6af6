import type { EditPracticeEntryRequest } from '@kinerja/contract';
import { useState, type FormEvent } from 'react';
import { noFormErrors, toFormErrors, type FormErrors } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Field } from '../../../lib/ui/field';
import { TextAreaField } from '../../../lib/ui/text-area-field';
import type { CatalogueEntry } from './entry-card';
import { ProvenanceFields, type Provenance } from './provenance-fields';

type Target = EditPracticeEntryRequest['targets'][number];

const blankTarget = (): Target => ({ text: '', recommended: ['', '', ''], avoided: ['', '', ''] });
const FIELDS = ['name', 'description', 'targets', 'source', 'confidence'];

function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

/** Edits a Praktik Kinerja indicator: name, description, targets with 3 + 3 behaviours each. */
export function PracticeForm(props: {
  entry: CatalogueEntry;
  onSave: (body: EditPracticeEntryRequest) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const values = props.entry.values as {
    name: string;
    description: string | null;
    targets: Target[];
  };
  const [name, setName] = useState(values.name);
  const [description, setDescription] = useState(values.description ?? '');
  const [targets, setTargets] = useState<Target[]>(values.targets);
  const [provenance, setProvenance] = useState<Provenance>({ source: '', confidence: 'S' });
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [isSaving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await props.onSave({
        name,
        description: description.trim() === '' ? null : description,
        targets: targets.map(({ text, recommended, avoided }) => ({ text, recommended, avoided })),
        ...provenance,
      });
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS, t));
      setSaving(false);
    }
  };

  const behaviours = (index: number, key: 'recommended' | 'avoided', target: Target) =>
    target[key].map((text, n) => (
      <Field
        key={`${key}-${n}`}
        label={t(`catalogues.form.${key}`, { n: String(n + 1) })}
        value={text}
        onChange={(event) =>
          setTargets(
            replaceAt(targets, index, {
              ...target,
              [key]: replaceAt(target[key], n, event.target.value),
            }),
          )
        }
      />
    ));

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      {errors.general ? (
        <p role="alert" className="alert alert-error">
          {errors.general}
        </p>
      ) : null}
      <Field
        label={t('catalogues.form.name')}
        value={name}
        error={errors.fields.name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextAreaField
        label={t('catalogues.form.description')}
        value={description}
        error={errors.fields.description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <p className="hint">{t('catalogues.form.targetsHint')}</p>
      {errors.fields.targets ? <p className="field-error">{errors.fields.targets}</p> : null}
      {targets.map((target, index) => (
        <fieldset key={index} className="stack catalogue-target">
          <legend>{t('catalogues.form.target', { n: String(index + 1) })}</legend>
          <TextAreaField
            label={t('catalogues.form.targetText', { n: String(index + 1) })}
            value={target.text}
            onChange={(event) =>
              setTargets(replaceAt(targets, index, { ...target, text: event.target.value }))
            }
          />
          {behaviours(index, 'recommended', target)}
          {behaviours(index, 'avoided', target)}
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => setTargets(targets.filter((_, i) => i !== index))}
          >
            {t('catalogues.form.removeTarget', { n: String(index + 1) })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="btn btn-secondary"
        onClick={() => setTargets([...targets, blankTarget()])}
      >
        {t('catalogues.form.addTarget')}
      </button>
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
