import { useCallback, useRef, useState } from 'react';
import { noFormErrors, toFormErrors, type FormErrors } from '../api/describe-error';
import { useI18n } from '../i18n/i18n';

/**
 * Runs a form's action one at a time (a second tap while pending does nothing) and turns what it
 * throws into messages next to `formFields` plus a general message.
 */
export function useFormAction(formFields: readonly string[]) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [isPending, setPending] = useState(false);
  const inFlight = useRef(false);
  const run = useCallback(
    async (action: () => Promise<void>) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setPending(true);
      setErrors(noFormErrors);
      try {
        await action();
      } catch (error) {
        setErrors(toFormErrors(error, formFields, t));
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [formFields, t],
  );
  return { errors, setErrors, isPending, run };
}
