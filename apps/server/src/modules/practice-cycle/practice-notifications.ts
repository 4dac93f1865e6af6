import {
  formatLongDate,
  PRACTICE_STEP_LABELS,
  type PracticeRecord,
  type PracticeStep,
} from '@kinerja/domain';
import type { NewNotification } from '../notifications/notifications.repository.js';

type Text = Pick<NewNotification, 'kind' | 'title' | 'body'>;

const step = (code: PracticeStep) =>
  `${PRACTICE_STEP_LABELS[code].letter}. ${PRACTICE_STEP_LABELS[code].id}`;

/**
 * To the other party when a step is handed over (issue #5 item 4): what was finished by whom and
 * what is due next — domain.md §2.3.
 */
export function handoverText(options: {
  finished: PracticeStep | 'reflection_submitted';
  actorName: string;
  record: PracticeRecord;
}): Text {
  const { finished, actorName, record } = options;
  const kind = 'practice_handover' as const;
  switch (finished) {
    case 'preparation_discussion': {
      const { scheduledDate, scheduledTime } = record.preparation;
      const when = scheduledDate
        ? ` pada ${formatLongDate(scheduledDate)} pukul ${scheduledTime ?? '-'}`
        : '';
      return {
        kind,
        title: `${step('preparation_discussion')} selesai`,
        body: `${actorName} menyelesaikan Diskusi Persiapan. Observasi dijadwalkan${when}.`,
      };
    }
    case 'observation':
      return {
        kind,
        title: `${step('observation')} selesai`,
        body: `${actorName} telah menyelesaikan observasi. Langkah berikutnya: Diskusi Tindak Lanjut.`,
      };
    case 'follow_up_discussion':
      return {
        kind,
        title: 'Tindak lanjut telah disepakati',
        body: `${actorName} menuliskan hasil Diskusi Tindak Lanjut. Baca, konfirmasi, lalu catat Upaya Tindak Lanjut Anda.`,
      };
    case 'follow_up_action':
      return {
        kind,
        title: `${step('follow_up_action')} selesai dicatat`,
        body: `${actorName} telah mencatat Upaya Tindak Lanjut. Langkah berikutnya: Refleksi Tindak Lanjut.`,
      };
    case 'reflection_submitted':
      return {
        kind,
        title: 'Refleksi tindak lanjut dikirim',
        body: `${actorName} mengirim Refleksi Tindak Lanjut. Beri komentar lalu selesaikan siklus.`,
      };
    case 'follow_up_reflection':
      return {
        kind,
        title: 'Siklus Praktik Kinerja selesai',
        body: `${actorName} menyelesaikan Siklus Peningkatan Kinerja. Hasilnya menjadi bahan Penilaian Kinerja.`,
      };
  }
}
