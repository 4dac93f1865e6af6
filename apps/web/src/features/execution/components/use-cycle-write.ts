import type { PracticeCycle } from '@kinerja/contract';
import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api/client';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { practiceConflictCopy } from '../api/practice-api';

/** Per-field messages of a refused cycle write, by the field's last path segment. */
export type CycleFieldErrors = Readonly<Record<string, string>>;

function fieldErrorsOf(error: unknown): CycleFieldErrors {
  if (!(error instanceof ApiError)) return {};
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fields)) {
    // "preparation.scheduledDate", "scheduledDate" and "actions[1].date" all name a field here.
    const name = path.replace(/^preparation\./, '').replace(/\.(\d+)/g, '[$1]');
    fields[name] = message;
  }
  return fields;
}

/**
 * Runs one write of the cycle at a time. A stale version (409 with the server copy) takes the
 * newer copy but leaves what was typed on screen, so nothing is lost: the person checks and saves
 * again (issue #5 item 4).
 */
export function useCycleWrite(onCycle: (cycle: PracticeCycle) => void) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<CycleFieldErrors>({});
  const [isPending, setPending] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const busy = useRef(false);

  const run = useCallback(
    async (action: () => Promise<PracticeCycle>): Promise<PracticeCycle | null> => {
      if (busy.current) return null;
      busy.current = true;
      setPending(true);
      setError(null);
      setFields({});
      try {
        const next = await action();
        onCycle(next);
        setSavedAt(new Date());
        return next;
      } catch (failure) {
        const current = practiceConflictCopy(failure);
        if (current) {
          onCycle(current);
          setError(t('execution.cycle.conflict'));
        } else {
          const byField = fieldErrorsOf(failure);
          setFields(byField);
          setError(describeError(failure, t));
        }
        return null;
      } finally {
        busy.current = false;
        setPending(false);
      }
    },
    [onCycle, t],
  );

  return { run, error, fields, isPending, savedAt };
}
