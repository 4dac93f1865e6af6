// Without zod, so the sign-in page can show these before the contract's schemas are downloaded
// (issue 15 item 5).

/** Why "Masuk dengan akun belajar.id" did not sign the person in; sent to `/masuk?galat=<code>`. */
export const OIDC_ERROR_CODES = [
  'OIDC_UNKNOWN_EMAIL',
  'OIDC_WRONG_DOMAIN',
  'OIDC_EMAIL_UNVERIFIED',
  'OIDC_STATE_INVALID',
  'OIDC_FAILED',
  'OIDC_NOT_CONFIGURED',
] as const;
/** One of OIDC_ERROR_CODES. */
export type OidcErrorCode = (typeof OIDC_ERROR_CODES)[number];

/**
 * Messages for each code; `{email}` and `{domain}` come from the `email` and `domain` query
 * parameters of the sign-in page. belajar.id accounts are managed through Dapodik by the school
 * operator (domain.md §6.1), so an unknown email sends the person there.
 */
export const oidcErrorMessages: Record<OidcErrorCode, { id: string; en: string }> = {
  OIDC_UNKNOWN_EMAIL: {
    id: 'Email {email} belum terdaftar di Kinerja. Minta Operator Sekolah memeriksa email belajar.id Anda di Dapodik.',
    en: 'The email {email} is not registered in Kinerja. Ask your school operator to check your belajar.id email in Dapodik.',
  },
  OIDC_WRONG_DOMAIN: {
    id: 'Gunakan akun belajar.id (…@belajar.id); akun {domain} tidak diterima.',
    en: 'Use your belajar.id account (…@belajar.id); {domain} accounts are not accepted.',
  },
  OIDC_EMAIL_UNVERIFIED: {
    id: 'Email {email} belum terverifikasi oleh penyedia akun. Gunakan akun belajar.id yang sudah aktif.',
    en: 'The email {email} has not been verified by the account provider. Use an active belajar.id account.',
  },
  OIDC_STATE_INVALID: {
    id: 'Sesi masuk sudah kedaluwarsa atau tidak dikenali. Silakan klik "Masuk dengan akun belajar.id" lagi.',
    en: 'The sign-in attempt expired or was not recognised. Click "Sign in with belajar.id" again.',
  },
  OIDC_FAILED: {
    id: 'Masuk dengan akun belajar.id gagal. Coba lagi, atau masuk dengan email dan kata sandi.',
    en: 'Signing in with belajar.id failed. Try again, or sign in with email and password.',
  },
  OIDC_NOT_CONFIGURED: {
    id: 'Masuk dengan akun belajar.id belum diaktifkan di server ini. Masuk dengan email dan kata sandi.',
    en: 'Sign-in with belajar.id is not enabled on this server. Sign in with email and password.',
  },
};

const fallbacks = {
  id: { email: 'Anda', domain: 'ini' },
  en: { email: 'you used', domain: 'other' },
} as const;

/** The message for a `galat` code (unknown codes read as OIDC_FAILED), with its placeholders filled. */
export function oidcErrorMessage(
  code: string | null | undefined,
  params: { email?: string | null; domain?: string | null } = {},
  locale: 'id' | 'en' = 'id',
): string {
  const known = OIDC_ERROR_CODES.find((candidate) => candidate === code) ?? 'OIDC_FAILED';
  const template = oidcErrorMessages[known][locale];
  return template
    .replace('{email}', params.email || fallbacks[locale].email)
    .replace('{domain}', params.domain || fallbacks[locale].domain);
}
