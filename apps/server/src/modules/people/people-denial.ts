import { type AppError, forbidden, invalidField, notFound } from '../../lib/app-error.js';

const forbiddenMessages = {
  list: 'Daftar pegawai hanya untuk Operator Sekolah, Kepala Sekolah, dan Admin.',
  reset: 'Hanya Operator Sekolah atau Admin yang dapat mengatur ulang kata sandi.',
} as const;

/** The HTTP error for a refused people action (architecture.md §5: 403 for the role, 404 when private). */
export function denial(
  reason: 'forbidden' | 'hidden' | 'self' | 'admin_target',
  action: keyof typeof forbiddenMessages,
): AppError {
  switch (reason) {
    case 'forbidden':
      return forbidden(forbiddenMessages[action]);
    case 'hidden':
      return notFound(
        action === 'list' ? 'Sekolah tidak ditemukan.' : 'Pegawai tidak ditemukan di sekolah Anda.',
      );
    case 'self':
      return invalidField(
        'id',
        'ini akun Anda sendiri; gunakan "Ganti kata sandi" untuk mengubah kata sandi Anda',
      );
    case 'admin_target':
      return forbidden('Kata sandi Admin hanya dapat diatur ulang oleh Admin.');
  }
}
