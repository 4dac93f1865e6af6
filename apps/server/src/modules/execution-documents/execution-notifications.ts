import type { WrittenDocumentKind } from '@kinerja/domain';
import type { NewNotification } from '../notifications/notifications.repository.js';
import { DOCUMENT_LABELS } from './written-document.presenter.js';

type Text = Pick<NewNotification, 'kind' | 'title' | 'body'>;

/** To the atasan: a document was sent with "Kirim ke Atasan" (issue #5 item 6). */
export const documentSentText = (options: {
  kind: WrittenDocumentKind;
  employeeName: string;
  periodLabel: string;
}): Text => ({
  kind: 'document_sent',
  title: `${DOCUMENT_LABELS[options.kind].id} dikirim`,
  body: `${options.employeeName} mengirim ${DOCUMENT_LABELS[options.kind].id} periode ${options.periodLabel}. Buka Pelaksanaan Kinerja untuk membacanya.`,
});

/** To the employee: the atasan confirmed the dokumen akuntabilitas (domain.md §3.5, §3.7). */
export const accountabilityConfirmedText = (supervisorName: string): Text => ({
  kind: 'accountability_confirmed',
  title: 'Dokumen akuntabilitas dikonfirmasi',
  body: `${supervisorName} mengonfirmasi dokumen akuntabilitas pada Dokumen Pelaksanaan Tugas Pokok Anda.`,
});
