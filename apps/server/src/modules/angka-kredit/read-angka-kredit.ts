import type { AngkaKreditResponse } from '@kinerja/contract';
import {
  can,
  careerLevelOf,
  EVALUATION_DOCUMENT_LABELS,
  findByCode,
  isCareerLevelCode,
  isGolonganRuang,
  PREDIKAT_LABELS,
  PREDIKAT_PERCENTAGES,
  ranks,
  summariseAngkaKredit,
  yearsToPromotion,
  type CareerLevelCode,
  type GolonganRuang,
  type Locale,
} from '@kinerja/domain';
import { forbidden, notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import { hasRoleFor, loadActor } from '../plan-context/plan-actor.js';
import { withSchoolLevel } from '../plans/plan-supervision.js';
import {
  findPersonCareer,
  findPersonPlace,
  listCreditRows,
  type CreditRow,
  type PersonCareer,
} from './angka-kredit.repository.js';

const HIDDEN = 'Pegawai tidak ditemukan.';

/** The jenjang and golongan/ruang in force: the latest data-diri edit over the roster. */
function careerOf(person: PersonCareer): {
  careerLevel: CareerLevelCode | null;
  golonganRuang: GolonganRuang | null;
} {
  if (person.employmentStatus === 'non_asn') return { careerLevel: null, golonganRuang: null };
  const level = person.overrideCareerLevel ?? person.jenjangJabatan;
  const edited =
    person.overrideGolongan && person.overrideRuang
      ? `${person.overrideGolongan}/${person.overrideRuang}`
      : null;
  const golongan = person.employmentStatus === 'pns' ? (edited ?? person.golonganRuang) : null;
  return {
    careerLevel: level && isCareerLevelCode(level) ? level : null,
    golonganRuang: golongan && isGolonganRuang(golongan) ? golongan : null,
  };
}

/** The person themself, their school's head in the period, their Dinas or an admin (§5). */
async function requireReader(
  ctx: AppContext,
  input: { personId: string; readerId: string; periodId: string },
): Promise<void> {
  if (input.personId === input.readerId) return;
  const actor = await loadActor(ctx.db, input.readerId, input.periodId);
  const place = await findPersonPlace(ctx.db, input);
  const subject = {
    ownerId: input.personId,
    ownerKind: place?.kind ?? ('teacher' as const),
    schoolId: place?.schoolId,
    ...withSchoolLevel(place?.jenjang),
    regionCode: place?.regencyCode,
    periodId: input.periodId,
  };
  if (!can(actor, 'assessment.view', subject).allowed) {
    throw hasRoleFor(actor, 'assessment.view')
      ? notFound(HIDDEN)
      : forbidden('Peran Anda tidak dapat membuka angka kredit pegawai ini.');
  }
}

function presentEntry(row: CreditRow, locale: Locale) {
  const level = row.careerLevel && isCareerLevelCode(row.careerLevel) ? row.careerLevel : null;
  if (!level) return [];
  const info = careerLevelOf(level);
  return [
    {
      assessmentId: row.id,
      periodId: row.periodId,
      periodLabel: row.periodLabel,
      document: { code: row.document, label: EVALUATION_DOCUMENT_LABELS[row.document][locale] },
      predikat: { code: row.predikat, label: PREDIKAT_LABELS[row.predikat][locale] },
      careerLevel: { code: level, label: info.name },
      months: row.months ?? 12,
      percentage: PREDIKAT_PERCENTAGES[row.predikat],
      coefficient: info.annualCoefficient.value,
      angkaKredit: row.angkaKredit,
      isCounted: row.angkaKredit !== null,
      finalizedAt: row.finalizedAt.toISOString(),
    },
  ];
}

function notesFor(
  person: PersonCareer,
  rows: readonly CreditRow[],
  hasGolongan: boolean,
): string[] {
  const notes = [
    'Angka kredit = persentase predikat × koefisien tahunan jenjang × bulan/12 (PermenPANRB 1/2023).',
    'Akumulasi hanya dari penilaian yang ditetapkan di Kinerja; angka kredit dari PAK sebelumnya belum termasuk.',
  ];
  if (person.employmentStatus === 'non_asn') {
    notes.push('Pegawai non-ASN tidak memperoleh angka kredit.');
  } else if (!hasGolongan) {
    notes.push(
      'Kebutuhan angka kredit kenaikan pangkat hanya dihitung untuk PNS dengan golongan/ruang yang sesuai jenjangnya.',
    );
  }
  if (rows.some((row) => row.document === 'akhir')) {
    notes.push(
      'Dokumen Akhir 2024 tidak menambah angka kredit karena bulannya sudah dihitung pada Semester I dan II.',
    );
  }
  return notes;
}

/**
 * Angka kredit per final assessment and cumulatively against the next promotion threshold of the
 * golongan/ruang in force (domain.md §5.4).
 */
export async function readAngkaKredit(
  ctx: AppContext,
  input: { personId: string; readerId: string; periodId: string; locale: Locale },
): Promise<AngkaKreditResponse> {
  const person = await findPersonCareer(ctx.db, input.personId);
  if (!person) throw notFound(HIDDEN);
  await requireReader(ctx, input);
  const rows = await listCreditRows(ctx.db, person.id);
  const entries = rows.flatMap((row) => presentEntry(row, input.locale));
  const { careerLevel, golonganRuang } = careerOf(person);
  const counted = entries.flatMap((entry) =>
    entry.angkaKredit === null
      ? []
      : [
          {
            careerLevel: entry.careerLevel.code,
            angkaKredit: entry.angkaKredit,
          },
        ],
  );
  const summary = summariseAngkaKredit({ entries: counted, careerLevel, golonganRuang });
  const progress = summary.progress;
  const years =
    progress && !progress.isEligible && golonganRuang
      ? yearsToPromotion({
          golonganRuang,
          accumulatedAngkaKredit: summary.withinCareerLevel,
          predikat: 'baik',
        })
      : null;
  return {
    person: {
      id: person.id,
      name: person.name,
      nip: person.nip,
      employmentStatus: person.employmentStatus,
    },
    careerLevel: careerLevel ? { code: careerLevel, label: careerLevelOf(careerLevel).name } : null,
    golonganRuang,
    pangkat: golonganRuang ? (findByCode(ranks, golonganRuang)?.pangkat ?? null) : null,
    entries,
    total: summary.total,
    withinCareerLevel: summary.withinCareerLevel,
    promotion: progress ? { ...progress, yearsAtBaik: years } : null,
    notes: notesFor(person, rows, progress !== null),
  };
}
