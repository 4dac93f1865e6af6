import { useI18n } from '../../../lib/i18n/i18n';

/** "Simpan" and "Batal" under a catalogue form. */
export function FormActions(props: { isSaving: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="submit" className="btn btn-primary" disabled={props.isSaving}>
        {props.isSaving ? t('common.saving') : t('common.save')}
      </button>
      <button type="button" className="btn btn-secondary" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
