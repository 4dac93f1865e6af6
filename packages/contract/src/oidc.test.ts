import { describe, expect, it } from 'vitest';
import { oidcErrorMessage } from './oidc-messages.js';

describe('oidcErrorMessage', () => {
  it('fills the email and the domain in Bahasa Indonesia', () => {
    expect(oidcErrorMessage('OIDC_UNKNOWN_EMAIL', { email: 'ani@guru.sd.belajar.id' })).toBe(
      'Email ani@guru.sd.belajar.id belum terdaftar di Kinerja. Minta Operator Sekolah memeriksa email belajar.id Anda di Dapodik.',
    );
    expect(oidcErrorMessage('OIDC_WRONG_DOMAIN', { domain: 'gmail.com' })).toBe(
      'Gunakan akun belajar.id (…@belajar.id); akun gmail.com tidak diterima.',
    );
  });

  it('reads without the parameters, in English, and for an unknown code', () => {
    expect(oidcErrorMessage('OIDC_UNKNOWN_EMAIL')).toMatch(/^Email Anda belum terdaftar/);
    expect(oidcErrorMessage('OIDC_WRONG_DOMAIN', {}, 'en')).toBe(
      'Use your belajar.id account (…@belajar.id); other accounts are not accepted.',
    );
    expect(oidcErrorMessage('BUKAN_KODE')).toBe(oidcErrorMessage('OIDC_FAILED'));
    expect(oidcErrorMessage(null)).toBe(oidcErrorMessage('OIDC_FAILED'));
  });
});
