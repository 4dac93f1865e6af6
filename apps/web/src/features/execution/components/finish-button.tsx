import type { PracticeCycle } from '@kinerja/contract';
import { useState, type ReactNode } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { isOffline, isOnline } from '../../../lib/offline/use-online';
import { finishPractice, practiceConflictCopy, type PracticeFinish } from '../api/practice-api';
import { ConfirmDialog } from './confirm-dialog';

/**
 * A one-way step of the cycle (finishing A–E, the acknowledgement of C, sending the reflection):
 * it saves what is typed first, then asks once more, saying what cannot be changed afterwards.
 */
export function FinishButton({
  cycle,
  finish,
  label,
  title,
  body,
  disabled,
  beforeFinish,
  onCycle,
  variant = 'primary',
}: {
  cycle: PracticeCycle;
  finish: PracticeFinish;
  label: string;
  title: string;
  body: ReactNode;
  disabled?: boolean;
  /** Saves what is on screen; the cycle to finish from, or null when saving failed. */
  beforeFinish?: () => Promise<PracticeCycle | null>;
  onCycle: (cycle: PracticeCycle) => void;
  variant?: 'primary' | 'secondary';
}) {
  const { t } = useI18n();
  const [isOpen, setOpen] = useState(false);
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    // Finishing needs the server (issue 17): offline it asks to reconnect, the typing stays kept.
    if (!isOnline()) {
      setError(t('offline.needsConnection'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const base = beforeFinish ? await beforeFinish() : cycle;
      if (!base) {
        setError(t(isOnline() ? 'execution.cycle.saveFirst' : 'offline.needsConnection'));
        return;
      }
      const next = await finishPractice(base, finish);
      setOpen(false);
      onCycle(next);
    } catch (failure) {
      const current = practiceConflictCopy(failure);
      if (current) onCycle(current);
      if (current) setError(t('execution.cycle.conflictFinish'));
      else setError(isOffline(failure) ? t('offline.needsConnection') : describeError(failure, t));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className={`btn btn-${variant}`}
        disabled={disabled}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {label}
      </button>
      {isOpen ? (
        <ConfirmDialog
          title={title}
          body={body}
          confirmLabel={label}
          error={error}
          isPending={isPending}
          onConfirm={() => void confirm()}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
