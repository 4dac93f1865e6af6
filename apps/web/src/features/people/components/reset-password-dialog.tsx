import type { StaffMember } from '@kinerja/contract';
import { useRef, useState } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { Dialog } from '../../../lib/ui/dialog';
import { FormAlert } from '../../../lib/ui/form-alert';
import { resetPassword } from '../api/people-api';

/** Confirm → reset → show the temporary password once, to hand to the teacher (domain.md §3.1). */
export function ResetPasswordDialog({
  person,
  onClose,
}: {
  person: Pick<StaffMember, 'id' | 'name'>;
  onClose: (didReset: boolean) => void;
}) {
  const { t } = useI18n();
  const [password, setPassword] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  const confirm = async () => {
    if (isPending) return;
    setPending(true);
    setError(null);
    try {
      setPassword(await resetPassword(person.id));
    } catch (caught) {
      setError(describeError(caught, t));
    } finally {
      setPending(false);
    }
  };

  if (password !== null) {
    return (
      <Dialog
        title={t('reset.doneTitle')}
        onClose={() => onClose(true)}
        description={<p>{t('reset.doneIntro', { name: person.name })}</p>}
      >
        <TemporaryPassword value={password} />
        <div className="actions">
          <button type="button" className="btn btn-primary" onClick={() => onClose(true)}>
            {t('reset.done')}
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog
      title={t('reset.title')}
      onClose={() => onClose(false)}
      description={<p>{t('reset.warning', { name: person.name })}</p>}
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
          {t('reset.confirm')}
        </button>
      </div>
    </Dialog>
  );
}

function TemporaryPassword({ value }: { value: string }) {
  const { t } = useI18n();
  const [isCopied, setCopied] = useState(false);
  const code = useRef<HTMLElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard (plain-HTTP school server): select the text so a long-press copies it.
      const range = document.createRange();
      if (code.current) range.selectNodeContents(code.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
  };
  return (
    <div className="temp-password">
      <code ref={code} data-testid="temporary-password">
        {value}
      </code>
      <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
        {isCopied ? t('reset.copied') : t('reset.copy')}
      </button>
    </div>
  );
}
