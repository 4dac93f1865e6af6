import type { LocalizedText } from '../i18n/locale';

/** Messages for transitions, access, supervisors and input errors shared by every module. */
export const generalMessages = {
  INVALID_TRANSITION: {
    id: 'Tindakan "{action}" tidak dapat dilakukan pada status "{state}".',
    en: 'Action "{action}" is not possible in state "{state}".',
  },
  ROLE_NOT_ALLOWED: {
    id: 'Peran Anda tidak dapat melakukan tindakan ini.',
    en: 'Your role cannot perform this action.',
  },
  NOT_OWN_RECORD: {
    id: 'Anda hanya dapat mengakses data kinerja Anda sendiri.',
    en: 'You can only access your own performance records.',
  },
  OWN_RECORD_AS_ATASAN: {
    id: 'Anda tidak dapat menyetujui, mengobservasi, atau menilai kinerja Anda sendiri sebagai atasan.',
    en: 'You cannot approve, observe or assess your own performance as supervisor.',
  },
  OTHER_SCHOOL: {
    id: 'Data ini milik satuan pendidikan lain.',
    en: 'This record belongs to another school.',
  },
  OTHER_REGION: {
    id: 'Data ini berada di luar wilayah Dinas Anda.',
    en: 'This record is outside the region of your education office.',
  },
  OTHER_LEVEL: {
    id: 'Data ini milik satuan pendidikan di luar kewenangan Dinas Anda (SMA/SMK/SLB oleh Dinas provinsi; PAUD/SD/SMP oleh Dinas kabupaten/kota).',
    en: 'This record belongs to a school outside the authority of your education office (SMA/SMK/SLB: province; PAUD/SD/SMP: kabupaten/kota).',
  },
  OTHER_PERIOD: {
    id: 'Anda tidak memimpin satuan pendidikan ini pada periode tersebut.',
    en: 'You do not lead this school in that period.',
  },
  WRONG_EMPLOYEE_KIND: {
    id: 'Tindakan ini tidak berlaku untuk jenis pegawai tersebut.',
    en: 'This action does not apply to that kind of employee.',
  },
  NOT_TIM_KINERJA: {
    id: 'Anda bukan anggota Tim Kinerja untuk pegawai ini.',
    en: 'You are not a member of the Tim Kinerja for this employee.',
  },
  TIM_KINERJA_NOT_IN_PERIOD: {
    id: 'Anggota Tim Kinerja (memberId): periode ini tidak mengenal Tim Kinerja; Tim Kinerja diplot pada Pra-Perencanaan mulai 2026.',
    en: 'Tim Kinerja member (memberId): this period has no Tim Kinerja; it is plotted in Pra-Perencanaan from 2026.',
  },
  TIM_KINERJA_SELF: {
    id: 'Anggota Tim Kinerja (memberId) tidak boleh pegawai itu sendiri.',
    en: 'Tim Kinerja member (memberId) cannot be the employee themself.',
  },
  TIM_KINERJA_TEACHER_MEMBER: {
    id: 'Anggota Tim Kinerja (memberId) seorang guru harus pendidik atau tenaga kependidikan di satuan pendidikan yang sama, bukan kepala sekolahnya.',
    en: 'Tim Kinerja member (memberId) of a teacher must be staff of the same school, not its principal.',
  },
  TIM_KINERJA_PRINCIPAL_MEMBER: {
    id: 'Anggota Tim Kinerja (memberId) seorang kepala sekolah harus pengawas sekolah tersebut atau pejabat Dinas Pendidikan yang menilainya.',
    en: 'Tim Kinerja member (memberId) of a principal must be a pengawas of that school or an official of the Dinas that assesses it.',
  },
  NOT_ASSESSOR: {
    id: 'Anda bukan Pejabat Penilai Kinerja untuk pegawai ini.',
    en: 'You are not the assessor of this employee.',
  },
  SUPERVISOR_NOT_FOUND: {
    id: 'Data atasan Anda tidak ditemukan',
    en: 'Your supervisor data was not found',
  },
  SUPERVISOR_NOT_FOUND_HINT: {
    id: 'Hubungi Operator Sekolah atau Dinas Pendidikan Daerah untuk menyesuaikan data Dapodik.',
    en: 'Contact the school operator or the regional education office to correct the Dapodik data.',
  },
  PLAN_APPROVAL_AUTOMATIC: {
    id: 'Perencanaan Kinerja disetujui secara otomatis oleh sistem.',
    en: 'The performance plan is approved automatically by the system.',
  },
  UNKNOWN_PERIOD_VERSION: {
    id: 'Versi periode "{version}" tidak dikenal.',
    en: 'Unknown period version "{version}".',
  },
  INVALID_DATE: {
    id: 'Tanggal "{value}" tidak valid; gunakan format TTTT-BB-HH.',
    en: 'Date "{value}" is invalid; use the YYYY-MM-DD format.',
  },
  INVALID_MONTHS: {
    id: 'Jumlah bulan harus bilangan bulat 1–12, bukan {months}.',
    en: 'The number of months must be a whole number from 1 to 12, not {months}.',
  },
  UNKNOWN_CODE: {
    id: 'Kode "{code}" tidak dikenal untuk {field}.',
    en: 'Unknown code "{code}" for {field}.',
  },
} as const satisfies Record<string, LocalizedText>;
