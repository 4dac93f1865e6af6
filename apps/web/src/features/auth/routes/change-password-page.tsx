import { changePasswordRequestSchema } from '@kinerja/contract';
import { useRef, useState, type FormEvent } from 'react';
import { noFormErrors, toFormErrors, type FormErrors } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { navigate } from '../../../lib/router';
import { useMe, useSession } from '../../../lib/session/session';
import { Field } from '../../../lib/ui/field';
import { FormAlert } from '../../../lib/ui/form-alert';
import { formText } from '../../../lib/ui/form-value';
import { Page } from '../../../lib/ui/page';
import { changePassword } from '../api/auth-api';
import { fieldMessages } from '../components/zod-fields';

const FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'] as const;

/** /ganti-kata-sandi — forced after a reset by the operator, voluntary otherwise. */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const me = useMe();
  const { refresh } = useSession();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [isPending, setPending] = useState(false);
  const inFlight = useRef(false);
  const isForced = me.mustChangePassword;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current) return;
    const data = new FormData(event.currentTarget);
    const parsed = changePasswordRequestSchema.safeParse({
      currentPassword: formText(data, 'currentPassword'),
      newPassword: formText(data, 'newPassword'),
    });
    const fields = parsed.success ? {} : fieldMessages(parsed.error);
    if (!fields.newPassword && data.get('repeatPassword') !== data.get('newPassword')) {
      fields.repeatPassword = t('changePassword.mismatch');
    }
    if (!parsed.success || Object.keys(fields).length > 0) {
      setErrors({ general: t('form.checkFields'), fields });
      return;
    }
    inFlight.current = true;
    setPending(true);
    setErrors(noFormErrors);
    try {
      await changePassword(parsed.data);
      await refresh();
      navigate('/', { replace: true });
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS, t));
      setPending(false);
    } finally {
      inFlight.current = false;
    }
  };

  return (
    <Page title={t('changePassword.title')}>
      <p className="lead">
        {isForced ? t('changePassword.forcedIntro') : t('changePassword.intro')}
      </p>
      <form noValidate onSubmit={(event) => void submit(event)} className="card stack">
        <FormAlert message={errors.general} />
        {/* Lets password managers file the new password under the right account. */}
        <input
          type="hidden"
          name="username"
          autoComplete="username"
          value={me.person.email ?? ''}
        />
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
    </Page>
  );
}
