import type { EKinerjaRecord, PlanContent } from '@kinerja/contract';
import {
  careerLevelOf,
  findEvaluationDocument,
  isCareerLevelCode,
  organisationAchievementFor,
  organisationAchievementLabel,
  PREDIKAT_LABELS,
  RATING_LABELS,
  ruleSetFor,
  type CatalogueSet,
} from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import type { DocumentSnapshot } from '../assessments/document-snapshot.js';
import { summarisePlan } from '../assessments/plan-summary.js';
import { loadCatalogues } from '../catalogues/load-catalogues.js';
import type { StoredExpectations } from '../plans/plan-content.js';
import {
  findLeaderRating,
  listFinalAssessments,
  listPlanRecords,
  type AssessmentRecordRow,
  type PlanRecordRow,
  type RecordCursor,
  type RecordFilter,
} from './sync-records.repository.js';

/** Per-run caches: the catalogues of each period and pin, the capaian of each school document. */
export type RecordCaches = {
  catalogues: Map<string, Promise<CatalogueSet>>;
  leaders: Map<string, Promise<string | null>>;
};

/** Fresh caches for one export or one relay run. */
export const newCaches = (): RecordCaches => ({ catalogues: new Map(), leaders: new Map() });

/**
 * The catalogues a plan was started with (its period and pinned revision), loaded once per run:
 * the SKP sent to e-Kinerja names the RHKs as the plan showed them (issue 13 item 3).
 */
export function cataloguesOf(
  db: Db,
  caches: RecordCaches,
  plan: { periodId: string; catalogueRevision: number | null },
): Promise<CatalogueSet> {
  const key = `${plan.periodId}:${plan.catalogueRevision ?? 'newest'}`;
  let found = caches.catalogues.get(key);
  if (!found) {
    found = loadCatalogues(db, plan.periodId, plan.catalogueRevision);
    caches.catalogues.set(key, found);
  }
  return found;
}

function capaianOf(db: Db, caches: RecordCaches, row: AssessmentRecordRow): Promise<string | null> {
  if (row.employeeKind === 'principal') {
    return Promise.resolve(
      organisationAchievementLabel(organisationAchievementFor(row.workResultRating)).id,
    );
  }
  const key = `${row.periodId}:${row.schoolId}:${row.document}`;
  let found = caches.leaders.get(key);
  if (!found) {
    found = findLeaderRating(db, row).then((rating) =>
      rating ? organisationAchievementLabel(organisationAchievementFor(rating)).id : null,
    );
    caches.leaders.set(key, found);
  }
  return found;
}

function pegawaiOf(row: PlanRecordRow): EKinerjaRecord['pegawai'] {
  const isAsn = row.employmentStatus !== 'non_asn';
  const level = row.overrideCareerLevel ?? row.jenjangJabatan;
  const levelName = isAsn && level && isCareerLevelCode(level) ? careerLevelOf(level).name : null;
  const teacher = levelName ? `Guru ${levelName}` : isAsn ? 'Guru' : null;
  const edited =
    row.overrideGolongan && row.overrideRuang
      ? `${row.overrideGolongan}/${row.overrideRuang}`
      : null;
  return {
    id: row.personId,
    nama: row.name,
    nip: row.nip,
    nuptk: row.nuptk,
    statusKepegawaian: row.employmentStatus,
    jenisPegawai: row.employeeKind === 'principal' ? 'kepala_sekolah' : 'guru',
    jabatan: row.employeeKind === 'principal' ? `Kepala Sekolah (${teacher ?? 'Guru'})` : teacher,
    golonganRuang: row.employmentStatus === 'pns' ? (edited ?? row.golonganRuang) : null,
  };
}

/** The SKP part of a record, from the plan's stored content. */
export function skpOf(row: PlanRecordRow, catalogues: CatalogueSet): EKinerjaRecord['skp'] {
  const summary = summarisePlan({
    ruleSet: ruleSetFor(row.ruleSetVersion),
    catalogues,
    content: JSON.parse(row.draftText) as PlanContent,
    expectations: JSON.parse(row.expectationsText) as StoredExpectations,
    employeeKind: row.employeeKind,
  });
  const rhk = [
    ...(summary.practiceIndicator
      ? [{ jenis: 'praktik_kinerja', uraian: summary.practiceIndicator, keterangan: null }]
      : []),
    ...summary.competency.map((uraian) => ({
      jenis: 'pengembangan_kompetensi',
      uraian,
      keterangan: null,
    })),
    ...summary.mainDuties.map((uraian) => ({
      jenis: 'tugas_pokok',
      uraian,
      keterangan: uraian === summary.focusDuty ? 'fokus utama' : null,
    })),
    ...summary.additionalDuties.map((uraian) => ({
      jenis: 'tugas_tambahan',
      uraian,
      keterangan: null,
    })),
  ];
  return {
    planId: row.planId,
    versi: row.submissionCount,
    status: 'disepakati',
    disepakatiPada: row.approvedAt?.toISOString() ?? '',
    dasarPersetujuan: row.approvalBasis,
    pejabatPenilai: row.approverName ? { nama: row.approverName, nip: row.approverNip } : null,
    rencanaHasilKerja: rhk,
    perilakuKerja: summary.workBehaviour.map((item) => ({
      nilai: item.name,
      perilaku: item.behaviour,
      ekspektasiKhususPimpinan: item.expectation,
    })),
  };
}

async function penilaianOf(
  db: Db,
  caches: RecordCaches,
  plan: PlanRecordRow,
  row: AssessmentRecordRow,
): Promise<EKinerjaRecord['penilaian'][number]> {
  const info = findEvaluationDocument(ruleSetFor(plan.ruleSetVersion), row.document);
  const snapshot = JSON.parse(row.snapshotText) as DocumentSnapshot;
  return {
    assessmentId: row.id,
    dokumen: row.document,
    periodePenilaian: { mulai: info?.start ?? '', selesai: info?.end ?? '' },
    ratingHasilKerja: RATING_LABELS[row.workResultRating].id,
    ratingPerilakuKerja: RATING_LABELS[row.workBehaviourRating].id,
    predikat: row.predikat,
    predikatLabel: PREDIKAT_LABELS[row.predikat].id,
    capaianKinerjaOrganisasi: await capaianOf(db, caches, row),
    ditetapkanPada: row.finalizedAt.toISOString(),
    pejabatPenilai: { nama: snapshot.assessor.name, nip: snapshot.assessor.nip },
    angkaKredit: row.angkaKredit,
  };
}

/** One page of e-Kinerja records (SKP and final predikat per person); the cursor of the next page. */
export async function loadRecords(
  db: Db,
  options: { filter: RecordFilter; after: RecordCursor; limit: number; caches: RecordCaches },
): Promise<{ records: EKinerjaRecord[]; next: RecordCursor }> {
  const plans = await listPlanRecords(db, options);
  const assessments = await listFinalAssessments(
    db,
    plans.map((plan) => plan.planId),
  );
  const records: EKinerjaRecord[] = [];
  for (const plan of plans) {
    const catalogues = await cataloguesOf(db, options.caches, plan);
    const own = assessments.filter((row) => row.planId === plan.planId);
    const penilaian = [];
    for (const row of own) penilaian.push(await penilaianOf(db, options.caches, plan, row));
    records.push({
      pegawai: pegawaiOf(plan),
      unitKerja: {
        npsn: plan.npsn,
        nama: plan.schoolName,
        kodeProvinsi: plan.provinceCode,
        kodeKabupatenKota: plan.regencyCode,
      },
      periode: { id: plan.periodId, label: plan.periodLabel },
      skp: skpOf(plan, catalogues),
      penilaian,
    });
  }
  const last = plans[plans.length - 1];
  const next =
    plans.length === options.limit && last ? { npsn: last.npsn, planId: last.planId } : null;
  return { records, next };
}
