import type { EKinerjaRecord } from '@kinerja/contract';

/** What an "assessment.periodic" outbox row carries (enqueuePeriodicAssessments). */
export type PeriodicPayload = {
  assessmentId?: string;
  tipePeriodik?: string;
  angkaPeriodik?: number;
  mulai?: string;
  selesai?: string;
  label?: string;
};

/**
 * The body of one periodic assessment push: the person's record with the final assessment it comes
 * from, and the period slice ("Tipe Periodik", "Angka Periodik", dates) — domain.md §5.5, §6.4.
 */
export function periodicBodyOf(
  record: EKinerjaRecord,
  payload: PeriodicPayload,
): { path: string; body: unknown } | null {
  const penilaian = record.penilaian.filter((item) => item.assessmentId === payload.assessmentId);
  const source = penilaian[0];
  if (!source || payload.angkaPeriodik === undefined) return null;
  return {
    path: 'penilaian-periodik',
    body: {
      jenis: 'penilaian_periodik',
      ...record,
      penilaian,
      periodik: {
        tipePeriodik: payload.tipePeriodik,
        angkaPeriodik: payload.angkaPeriodik,
        periodePenilaian: { mulai: payload.mulai, selesai: payload.selesai },
        label: payload.label,
        ratingHasilKerja: source.ratingHasilKerja,
        ratingPerilakuKerja: source.ratingPerilakuKerja,
        predikat: source.predikat,
        predikatLabel: source.predikatLabel,
      },
    },
  };
}
