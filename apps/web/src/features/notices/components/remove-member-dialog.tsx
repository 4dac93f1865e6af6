import type { TimKinerjaMember } from '@kinerja/contract';
import { useRef, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Dialog } from '../../../lib/ui/dialog';
import { FormAlert } from '../../../lib/ui/form-alert';
import { removeTimKinerja } from '../api/tim-kinerja-api';

/** "Hapus anggota Tim Kinerja?" — removes only after a second, explicit tap. */
export function RemoveMemberDialog({
  member,
  onClose,
}: {
  member: TimKinerjaMember;
  onClose: (didRemove: boolean) => void;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const inFlight = useRef(false);
  const names = { member: member.member.name, employee: member.employee.name };

  const confirm = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(true);
    setError(null);
    try {
      await removeTimKinerja(member.id);
      onClose(true);
    } catch (caught) {
      setError(describeError(caught, t));
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  };

  return (
    <Dialog
      title={t('notices.tim.removeTitle')}
      onClose={() => onClose(false)}
      description={<p>{t('notices.tim.removeBody', names)}</p>}
    >
      <FormAlert message={error} />
      <div className="actions">
        <button type="button" className="btn btn-secondary" onClick={() => onClose(false)}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          disabled={isPending}
          onClick={() => void confirm()}
        >
          {t('notices.tim.removeConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
