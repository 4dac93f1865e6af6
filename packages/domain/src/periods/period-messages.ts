import type { LocalizedText } from '../i18n/locale';

/** Messages of the administrator's period schedule checks — domain.md §2.1, §2.2, §2.4. */
export const periodMessages = {
  PERIOD_WINDOW_REVERSED: {
    id: 'Tahap {stage}: tanggal mulai ({start}) harus sebelum atau sama dengan tanggal selesai ({end}).',
    en: 'Stage {stage}: the start ({start}) must be on or before the end ({end}).',
  },
  PERIOD_WINDOW_MISSING: {
    id: 'Tahap {stage} wajib diisi untuk aturan periode ini.',
    en: 'Stage {stage} is required by the rules of this period.',
  },
  PERIOD_WINDOW_NOT_IN_RULE_SET: {
    id: 'Tahap {stage} tidak ada dalam aturan periode ini.',
    en: 'Stage {stage} is not part of the rules of this period.',
  },
  PERIOD_WINDOW_OUT_OF_ORDER: {
    id: 'Tahap {stage} harus dimulai setelah tahap {previous} selesai ({end}); tahap tidak boleh tumpang tindih.',
    en: 'Stage {stage} must start after stage {previous} ends ({end}); stages may not overlap.',
  },
  PERIOD_WINDOW_OUTSIDE_PERIOD: {
    id: 'Tahap {stage} harus berada di dalam periode ({start} sampai {end}).',
    en: 'Stage {stage} must lie inside the period ({start} to {end}).',
  },
  PERIOD_RANGE_REVERSED: {
    id: 'Tanggal mulai periode ({start}) harus sebelum tanggal selesai ({end}).',
    en: 'The period start ({start}) must be before its end ({end}).',
  },
  PERIOD_OVERLAPS_PREVIOUS: {
    id: 'Periode harus dimulai setelah periode sebelumnya ({previous}) berakhir pada {end}.',
    en: 'The period must start after the previous period ({previous}) ends on {end}.',
  },
  PERIOD_STARTED_WINDOW_CHANGE: {
    id: 'Tahap {stages} sudah dimulai. Mengubah atau memperpendek tahap yang sudah berjalan memengaruhi pengguna; konfirmasi perubahan ini terlebih dahulu.',
    en: 'Stage {stages} has already started. Changing or shortening a running stage affects users; confirm this change first.',
  },
} as const satisfies Record<string, LocalizedText>;
