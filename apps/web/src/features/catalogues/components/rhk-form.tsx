import type { EditRhkEntryRequest } from '@kinerja/contract';
import { EVIDENCE_KIND_LABELS, EVIDENCE_KINDS, type EvidenceKind } from '@kinerja/domain';
import { useState, type FormEvent } from 'react';
import { noFormErrors, toFormErrors, type FormErrors } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Field } from '../../../lib/ui/field';
import type { CatalogueEntry } from './entry-card';
import { FormActions } from './form-actions';
import { ProvenanceFields, type Provenance } from './provenance-fields';

const FIELDS = ['role', 'conversion', 'evidenceKinds', 'points', 'source', 'confidence'];

/** Edits a row of the 2024 RHK point table: role, conversion, evidence and points — §4.5. */
export function RhkForm(props: {
  entry: CatalogueEntry;
  onSave: (body: EditRhkEntryRequest) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const values = props.entry.values as {
    role: string;
    conversion: string | null;
    evidenceKinds: EvidenceKind[];
    points: number | null;
  };
  const [role, setRole] = useState(values.role);
  const [conversion, setConversion] = useState(values.conversion ?? '');
  const [kinds, setKinds] = useState<EvidenceKind[]>(values.evidenceKinds);
  const [points, setPoints] = useState(values.points === null ? '' : String(values.points));
  const [provenance, setProvenance] = useState<Provenance>({ source: '', confidence: 'S' });
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [isSaving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await props.onSave({
        role,
        conversion: conversion.trim() === '' ? null : conversion,
        evidenceKinds: kinds,
        points: points.trim() === '' ? null : Number(points),
        ...provenance,
      });
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS, t));
      setSaving(false);
    }
  };

  const toggle = (kind: EvidenceKind) =>
    setKinds(kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind]);

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      {errors.general ? (
        <p role="alert" className="alert alert-error">
          {errors.general}
        </p>
      ) : null}
      <Field
        label={t('catalogues.form.rhkRole')}
        value={role}
        error={errors.fields.role}
        onChange={(event) => setRole(event.target.value)}
      />
      <Field
        label={t('catalogues.form.rhkConversion')}
        hint={t('catalogues.form.emptyIsGap')}
        value={conversion}
        error={errors.fields.conversion}
        onChange={(event) => setConversion(event.target.value)}
      />
      <fieldset className="field">
        <legend>{t('catalogues.form.rhkEvidence')}</legend>
        {EVIDENCE_KINDS.map((kind) => (
          <label key={kind} className="radio">
            <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggle(kind)} />{' '}
            {EVIDENCE_KIND_LABELS[kind]}
          </label>
        ))}
        {errors.fields.evidenceKinds ? (
          <p className="field-error">{errors.fields.evidenceKinds}</p>
        ) : null}
      </fieldset>
      <Field
        label={t('catalogues.form.rhkPoints')}
        hint={t('catalogues.form.emptyIsGap')}
        inputMode="numeric"
        value={points}
        error={errors.fields.points}
        onChange={(event) => setPoints(event.target.value)}
      />
      <ProvenanceFields value={provenance} onChange={setProvenance} errors={errors.fields} />
      <FormActions isSaving={isSaving} onCancel={props.onCancel} />
    </form>
  );
}
