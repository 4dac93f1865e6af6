import type { Db } from '../../db/database.js';
import { insertCompetencyFill } from '../catalogues/catalogues.repository.js';
import type { PeriodRow } from '../periods/periods.repository.js';
import { ruleSetForPeriod } from '../plans/plan-rules.js';

/** Marks every demo catalogue text so nobody mistakes it for official wording (domain.md §8.1). */
const DEMO_SOURCE =
  'Contoh demo — bukan teks resmi Model Kompetensi Guru (Perdirjen GTK 2626/2023)';

/**
 * Placeholder competency indicators so the demo can complete a 2025/2026 plan; the real list is a
 * catalogue gap (domain.md §4.5, §8.1) that an administrator replaces through the catalogue API.
 */
const DEMO_INDICATORS = {
  pedagogik: [
    {
      code: 'demo_pedagogik_1',
      name: '[Contoh demo] Merancang pembelajaran yang berpusat pada murid',
    },
    {
      code: 'demo_pedagogik_2',
      name: '[Contoh demo] Menggunakan asesmen untuk umpan balik belajar',
    },
  ],
  profesional: [
    { code: 'demo_profesional_1', name: '[Contoh demo] Memperdalam materi ajar sesuai kurikulum' },
  ],
  // The principal's own catalogue (a gap until filled, domain.md §3.8, §4.5): a demo placeholder.
  kepala_sekolah: [
    {
      code: 'demo_kepala_sekolah_1',
      name: '[Contoh demo] Memimpin pembelajaran berbasis data Rapor Pendidikan',
    },
  ],
} as const;

/** Weakest D1 sub-indicators of the demo SMA, as an administrator would import them (docs/RAPOR-PENDIDIKAN.md). */
const DEMO_RAPOR = [
  { indicatorCode: 'penerapan_disiplin_positif', score: 42.5 },
  { indicatorCode: 'umpan_balik_konstruktif', score: 48 },
];

/** Seeds the planning demo data inside the demo seed's transaction. */
export async function seedDemoPlanning(
  trx: Db,
  input: {
    adminId: string;
    periods: readonly PeriodRow[];
    raporSchool: { id: string; provinceCode: string };
    now: Date;
  },
): Promise<void> {
  // Competency indicators are filled only where the rule set plans one indicator — domain.md §3.5.
  const withIndicators = input.periods.filter(
    (period) => ruleSetForPeriod(period).competency.mode === 'indicator',
  );
  for (const { id: periodId } of withIndicators) {
    for (const [groupCode, indicators] of Object.entries(DEMO_INDICATORS)) {
      await insertCompetencyFill(trx, {
        periodId,
        groupCode: groupCode as keyof typeof DEMO_INDICATORS,
        indicators: [...indicators],
        source: DEMO_SOURCE,
        createdBy: input.adminId,
      });
    }
  }
  const created = await trx
    .insertInto('raporPendidikanImports')
    .values({
      createdBy: input.adminId,
      rowsCount: DEMO_RAPOR.length,
      schoolsCount: 1,
      createdAt: input.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('raporPendidikanScores')
    .values(
      DEMO_RAPOR.map((row) => ({
        ...row,
        schoolId: input.raporSchool.id,
        provinceCode: input.raporSchool.provinceCode,
        importId: created.id,
        importedAt: input.now,
      })),
    )
    .execute();
}
