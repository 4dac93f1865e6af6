import { formatDate } from '../../../lib/i18n/format-date';
import { useI18n } from '../../../lib/i18n/i18n';
import { Dialog } from '../../../lib/ui/dialog';
import type { GrantedExtension } from './extension-form';

/** "Perpanjang tenggat?" — names the person, stage and date before anything is saved. */
export function ConfirmExtensionDialog({
  extension,
  reason,
  isPending,
  onCancel,
  onConfirm,
}: {
  extension: GrantedExtension;
  reason: string;
  isPending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t, locale } = useI18n();
  return (
    <Dialog
      title={t('notices.ext.confirmTitle')}
      onClose={onCancel}
      description={
        <>
          <p>
            {t('notices.ext.confirmBody', {
              stage: t(`notices.stage.${extension.stage}`),
              name: extension.name,
              date: formatDate(extension.until, locale),
            })}
          </p>
          <p className="muted">
            {t('notices.ext.reasonLabel')}: {reason}
          </p>
        </>
      }
    >
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" disabled={isPending} onClick={onConfirm}>
          {isPending ? t('notices.ext.saving') : t('notices.ext.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
