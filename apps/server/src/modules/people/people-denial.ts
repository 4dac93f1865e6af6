import type { PasswordResetDecision } from '@kinerja/domain';
import { type AppError, forbidden, invalidField, notFound } from '../../lib/app-error.js';

const forbiddenMessages = {
  list: 'Daftar pegawai hanya untuk Operator Sekolah, Kepala Sekolah, dan Admin.',
  reset: 'Hanya Operator Sekolah, Dinas, atau Admin yang dapat mengatur ulang kata sandi.',
} as const;

// Who resets an account with approving or assessing powers (domain account-powers, RESET_GRANTS).
const higherAccountMessages = {
  school_head: 'Kata sandi Kepala Sekolah hanya dapat diatur ulang oleh Dinas.',
  oversight: 'Kata sandi Pengawas dan Dinas hanya dapat diatur ulang oleh Admin.',
  admin: 'Kata sandi Admin hanya dapat diatur ulang oleh Admin.',
} as const;

/** The HTTP error for a refused people action (architecture.md §5: 403 for the role, 404 when private). */
export function denial(
  reason: 'forbidden' | 'hidden' | 'self',
  action: keyof typeof forbiddenMessages,
): AppError {
  switch (reason) {
    case 'forbidden':
      return forbidden(forbiddenMessages[action]);
    case 'hidden':
      return notFound(action === 'list' ? 'Sekolah tidak ditemukan.' : 'Pegawai tidak ditemukan.');
    case 'self':
      return invalidField(
        'id',
        'ini akun Anda sendiri; gunakan "Ganti kata sandi" untuk mengubah kata sandi Anda',
      );
  }
}

/** The HTTP error for a refused password reset. */
export function resetDenial(decision: Exclude<PasswordResetDecision, { allowed: true }>): AppError {
  return decision.reason === 'higher_account'
    ? forbidden(higherAccountMessages[decision.tier])
    : denial(decision.reason, 'reset');
}
