import type { FillCompetencyGroupRequest } from '@kinerja/contract';
import { useState, type FormEvent } from 'react';
import { noFormErrors, toFormErrors, type FormErrors } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { TextAreaField } from '../../../lib/ui/text-area-field';
import type { CatalogueEntry } from './entry-card';
import { FormActions } from './form-actions';
import { ProvenanceFields, type Provenance } from './provenance-fields';

type Indicator = FillCompetencyGroupRequest['indicators'][number];

const FIELDS = ['indicators', 'source', 'confidence'];

/**
 * The indicator list of the new version, one per line: a line whose text is unchanged keeps its
 * code (plans name indicators by code); a new line gets the next free `<group>_<n>` code.
 */
export function indicatorsOfLines(
  groupCode: string,
  current: readonly Indicator[],
  text: string,
): Indicator[] {
  const used = new Set(current.map((indicator) => indicator.code));
  let next = current.length + 1;
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((name) => {
      const kept = current.find((indicator) => indicator.name === name);
      if (kept) return kept;
      while (used.has(`${groupCode}_${next}`)) next += 1;
      const code = `${groupCode}_${next}`;
      used.add(code);
      return { code, name };
    });
}

/** Replaces a competence's indicator list (a new catalogue version) — domain.md §4.5. */
export function CompetencyForm(props: {
  entry: CatalogueEntry;
  onSave: (body: FillCompetencyGroupRequest) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const current = ((props.entry.values as { indicators?: Indicator[] }).indicators ?? []).map(
    ({ code, name }) => ({ code, name }),
  );
  const [lines, setLines] = useState(current.map((indicator) => indicator.name).join('\n'));
  const [provenance, setProvenance] = useState<Provenance>({ source: '', confidence: 'S' });
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [isSaving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await props.onSave({
        indicators: indicatorsOfLines(props.entry.code, current, lines),
        ...provenance,
      });
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS, t));
      setSaving(false);
    }
  };

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      {errors.general ? (
        <p role="alert" className="alert alert-error">
          {errors.general}
        </p>
      ) : null}
      <TextAreaField
        label={t('catalogues.form.indicators')}
        hint={t('catalogues.form.indicatorsHint')}
        rows={6}
        value={lines}
        error={errors.fields.indicators}
        onChange={(event) => setLines(event.target.value)}
      />
      <ProvenanceFields value={provenance} onChange={setProvenance} errors={errors.fields} />
      <FormActions isSaving={isSaving} onCancel={props.onCancel} />
    </form>
  );
}
