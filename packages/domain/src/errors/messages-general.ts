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
  OTHER_SCHOOL: {
    id: 'Data ini milik satuan pendidikan lain.',
    en: 'This record belongs to another school.',
  },
  OTHER_REGION: {
    id: 'Data ini berada di luar wilayah Dinas Anda.',
    en: 'This record is outside the region of your education office.',
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
