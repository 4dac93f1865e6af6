import { formatLongDate, messageFor } from '@kinerja/domain';
import type { NewNotification } from './notifications.repository.js';

type Text = Pick<NewNotification, 'kind' | 'title' | 'body'>;

/** To the approver: a plan waits in "Periksa" (domain.md §3.3). */
export const submittedText = (employeeName: string, periodLabel: string): Text => ({
  kind: 'plan_submitted',
  title: 'Perencanaan Kinerja perlu disetujui',
  body: `${employeeName} mengajukan Perencanaan Kinerja periode ${periodLabel}. Buka Periksa untuk menyetujui atau mengembalikannya.`,
});

/** To the employee: approved by the supervisor. */
export const approvedText = (approverName: string, periodLabel: string): Text => ({
  kind: 'plan_approved',
  title: 'Perencanaan Kinerja disetujui',
  body: `Perencanaan Kinerja periode ${periodLabel} Anda telah disetujui oleh ${approverName}.`,
});

/** To the employee: returned with the supervisor's note. */
export const returnedText = (approverName: string, note: string): Text => ({
  kind: 'plan_returned',
  title: 'Perencanaan Kinerja dikembalikan',
  body: `${approverName} mengembalikan Perencanaan Kinerja Anda dengan catatan: "${note}". Perbaiki lalu ajukan kembali.`,
});

/** To the employee: approved by the system (Plt school, or a 2026 principal) — domain.md §1.2. */
export const autoApprovedText = (options: { actingPrincipalName: string | null }): Text => ({
  kind: 'plan_auto_approved',
  title: 'Perencanaan Kinerja disetujui otomatis',
  body: options.actingPrincipalName
    ? `${messageFor('PLAN_APPROVAL_AUTOMATIC')} Sekolah Anda dipimpin Plt Kepala Sekolah; hubungi ${options.actingPrincipalName} untuk mengonfirmasi Pelaksanaan Kinerja.`
    : messageFor('PLAN_APPROVAL_AUTOMATIC'),
});

/** To the employee: no supervisor could be found; what to ask whom (domain.md §3.3). */
export const blockedText = (): Text => ({
  kind: 'plan_blocked',
  title: messageFor('SUPERVISOR_NOT_FOUND'),
  body: `Perencanaan Kinerja Anda sudah diajukan tetapi belum dapat diperiksa karena data Kepala Sekolah Anda belum ada. ${messageFor('SUPERVISOR_NOT_FOUND_HINT')} Setelah data diperbaiki, rencana Anda otomatis masuk ke daftar atasan tanpa perlu diajukan ulang.`,
});

/** To the employee: the planning deadline is near (domain.md §2.4). */
export const deadlineNearText = (closesOn: string, periodLabel: string): Text => ({
  kind: 'deadline_near',
  title: 'Batas waktu Perencanaan Kinerja sudah dekat',
  body: `Ajukan Perencanaan Kinerja periode ${periodLabel} paling lambat ${formatLongDate(closesOn)}.`,
});

/** To the person whose password was reset, so a reset they did not ask for is noticed (issue 12). */
export const passwordResetText = (byName: string): Text => ({
  kind: 'password_reset',
  title: 'Kata sandi Anda telah diatur ulang',
  body: `Kata sandi akun Anda diatur ulang oleh ${byName} dan Anda diminta membuat kata sandi baru. Jika Anda tidak meminta pengaturan ulang ini, segera hubungi Dinas Pendidikan atau Admin.`,
});
