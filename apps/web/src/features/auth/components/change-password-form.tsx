import { changePasswordRequestSchema } from '@kinerja/contract';
import type { FormEvent } from 'react';
import { useI18n } from '../../../lib/i18n/i18n';
import { navigate } from '../../../lib/router';
import { useSession } from '../../../lib/session/session';
import { Field } from '../../../lib/ui/field';
import { FormAlert } from '../../../lib/ui/form-alert';
import { formText } from '../../../lib/ui/form-value';
import { useFormAction } from '../../../lib/ui/use-form-action';
import { changePassword } from '../api/auth-api';
import { fieldMessages } from './zod-fields';

const FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'] as const;

/** Current password, the new one twice; on success the session reloads and home opens. */
export function ChangePasswordForm({
  isForced,
  email,
}: {
  isForced: boolean;
  email: string | null;
}) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const { errors, setErrors, isPending, run } = useFormAction(FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = changePasswordRequestSchema.safeParse({
      currentPassword: formText(data, 'currentPassword'),
      newPassword: formText(data, 'newPassword'),
    });
    const fields = parsed.success ? {} : fieldMessages(parsed.error);
    if (!fields.newPassword && formText(data, 'repeatPassword') !== formText(data, 'newPassword')) {
      fields.repeatPassword = t('changePassword.mismatch');
    }
    if (!parsed.success || Object.keys(fields).length > 0) {
      setErrors({ general: t('form.checkFields'), fields });
      return;
    }
    void run(async () => {
      await changePassword(parsed.data);
      await refresh();
      navigate('/', { replace: true });
    });
  };

  return (
    <form noValidate onSubmit={submit} className="card stack">
      <FormAlert message={errors.general} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email ?? ''} />
      <Field
        label={t('changePassword.current')}
        hint={isForced ? t('changePassword.currentForcedHint') : undefined}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={errors.fields.currentPassword}
      />
      <Field
        label={t('changePassword.new')}
        hint={t('changePassword.newHint')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        error={errors.fields.newPassword}
      />
      <Field
        label={t('changePassword.repeat')}
        name="repeatPassword"
        type="password"
        autoComplete="new-password"
        error={errors.fields.repeatPassword}
      />
      <button type="submit" className="btn btn-primary btn-block" disabled={isPending}>
        {isPending ? t('common.saving') : t('changePassword.submit')}
      </button>
    </form>
  );
}
