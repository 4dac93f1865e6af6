import { PREDIKAT_LABELS, type Predikat } from '@kinerja/domain';
import type { NewNotification } from '../notifications/notifications.repository.js';

type Text = Pick<NewNotification, 'kind' | 'title' | 'body'>;

/** To the assessed person: the assessment is set and the document can be downloaded (domain.md §3.9). */
export const finalizedText = (options: {
  assessorName: string;
  documentLabel: string;
  periodLabel: string;
  predikat: Predikat;
}): Text => ({
  kind: 'assessment_finalized',
  title: 'Penilaian Kinerja telah ditetapkan',
  body: `${options.assessorName} telah menetapkan Penilaian Kinerja ${options.documentLabel} periode ${options.periodLabel} Anda dengan predikat ${PREDIKAT_LABELS[options.predikat].id}. Baca hasilnya dan unduh Dokumen Evaluasi Kinerja Pegawai di halaman Penilaian Kinerja.`,
});

/**
 * To the assessor: a recommendation arrived (domain.md §3.9). Where the rule set plots a Tim Kinerja
 * (2026, §2.2) it comes from the team; before that it is the pengawas' recommendation.
 */
export const recommendedText = (options: {
  authorName: string;
  employeeName: string;
  documentLabel: string;
  isTimKinerja: boolean;
}): Text => {
  const from = options.isTimKinerja ? 'Tim Kinerja' : 'Pengawas';
  return {
    kind: 'assessment_recommended',
    title: `Rekomendasi ${from}`,
    body: `${options.authorName} (${from}) memberi rekomendasi untuk Penilaian Kinerja ${options.documentLabel} ${options.employeeName}. Bacalah sebelum menetapkan predikat.`,
  };
};

/** To the assessed person: a new version of a final document was issued (issue 14 item 5). */
export const reissuedText = (options: {
  documentLabel: string;
  periodLabel: string;
  versionNumber: number;
  documentNumber: string;
}): Text => ({
  kind: 'assessment_finalized',
  title: 'Dokumen Evaluasi Kinerja diterbitkan versi baru',
  body: `Pejabat Penilai Kinerja menerbitkan versi ${options.versionNumber} (nomor ${options.documentNumber}) Dokumen Evaluasi Kinerja Pegawai ${options.documentLabel} periode ${options.periodLabel} Anda. Predikat Anda tidak berubah; unduh versi terbaru di halaman Penilaian Kinerja.`,
});
