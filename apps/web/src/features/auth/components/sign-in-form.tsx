import type { FormEvent } from 'react';
import { describeError } from '../../../lib/api/describe-error';
import { useI18n } from '../../../lib/i18n/i18n';
import { useSession } from '../../../lib/session/session';
import { Field } from '../../../lib/ui/field';
import { FormAlert } from '../../../lib/ui/form-alert';
import { formText } from '../../../lib/ui/form-value';
import { useFormAction } from '../../../lib/ui/use-form-action';
import { loadAuthSchemas, login } from '../api/auth-api';
import { fieldMessages } from './zod-fields';

const FIELDS = ['email', 'password'] as const;

/** Email + password sign-in; checks with the contract schema first, then shows the server's errors. */
export function SignInForm() {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const { errors, setErrors, isPending, run } = useFormAction(FIELDS);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const { loginRequestSchema } = await loadAuthSchemas();
    const parsed = loginRequestSchema.safeParse({
      email: formText(data, 'email'),
      password: formText(data, 'password'),
    });
    if (!parsed.success) {
      setErrors({ general: t('form.checkFields'), fields: fieldMessages(parsed.error) });
      return;
    }
    void run(async () => {
      const result = await login(parsed.data);
      await signedIn(result.csrfToken);
    });
  };

  return (
    // The contract's schemas start downloading when the person starts filling the form in.
    <form
      noValidate
      onSubmit={(event) =>
        void submit(event).catch((error: unknown) =>
          setErrors({ general: describeError(error, t), fields: {} }),
        )
      }
      onFocus={() => void loadAuthSchemas().catch(() => undefined)}
      className="stack"
    >
      <FormAlert message={errors.general} />
      <Field
        label={t('signIn.email')}
        hint={t('signIn.emailHint')}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        error={errors.fields.email}
      />
      <Field
        label={t('signIn.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        error={errors.fields.password}
      />
      <button type="submit" className="btn btn-primary btn-block" disabled={isPending}>
        {isPending ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}
