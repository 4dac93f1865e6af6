import { Field } from '../../../lib/ui/field';
import { useI18n } from '../../../lib/i18n/i18n';

/** Where a value comes from: the source text and its marker. */
export type Provenance = { source: string; confidence: 'C' | 'S' | 'I' | 'X' };

const MARKERS = ['C', 'S', 'I', 'X'] as const;

/** The source and marker inputs every catalogue edit asks for (domain.md §0). */
export function ProvenanceFields(props: {
  value: Provenance;
  onChange: (value: Provenance) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  const { value, onChange, errors } = props;
  return (
    <>
      <Field
        label={t('catalogues.form.source')}
        hint={t('catalogues.form.sourceHint')}
        value={value.source}
        error={errors.source}
        onChange={(event) => onChange({ ...value, source: event.target.value })}
      />
      <fieldset className="field">
        <legend>{t('catalogues.form.marker')}</legend>
        {MARKERS.map((marker) => (
          <label key={marker} className="radio">
            <input
              type="radio"
              name="confidence"
              checked={value.confidence === marker}
              onChange={() => onChange({ ...value, confidence: marker })}
            />{' '}
            {t(`catalogues.marker.${marker}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
