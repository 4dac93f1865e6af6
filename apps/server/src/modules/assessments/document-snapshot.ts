import { careerLevelOf, findByCode, ranks, type CareerLevelCode } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { effectivePersonalData } from '../plans/plan-personal-data.js';
import type { PlanScope } from '../plans/plan-scope.js';

/** One identity block of the evaluation document: Nama, NIP, Pangkat/Gol Ruang, Jabatan, Unit kerja. */
export type IdentityBlock = {
  name: string;
  nip: string | null;
  rank: string | null;
  position: string;
  unit: string;
};

/**
 * What the Dokumen Evaluasi Kinerja Pegawai prints about its signatories, frozen at "Tetapkan" so a
 * later mutation or promotion never rewrites a signed document (domain.md §5.6).
 */
export type DocumentSnapshot = {
  /** (3) Nama Dinas Pendidikan. */
  dinasName: string | null;
  /** (5)–(9) Pegawai yang dinilai. */
  employee: IdentityBlock;
  /** (10)–(14) Pejabat Penilai Kinerja. */
  assessor: IdentityBlock;
  /** (15)–(19) Atasan Pejabat Penilai Kinerja. */
  assessorSuperior: IdentityBlock;
  /** (23) Tempat. */
  place: string;
};

type PersonFacts = {
  id: string;
  name: string;
  nip: string | null;
  employmentStatus: 'pns' | 'pppk' | 'non_asn';
  golonganRuang: string | null;
  jenjangJabatan: string | null;
  jenisPtk: string | null;
};

/** "Penata Muda, III/a" for PNS; null otherwise (field 7 is PNS only). */
function rankOf(status: PersonFacts['employmentStatus'], golonganRuang: string | null) {
  if (status !== 'pns' || !golonganRuang) return null;
  const pangkat = findByCode(ranks, golonganRuang)?.pangkat;
  return pangkat ? `${pangkat}, ${golonganRuang}` : golonganRuang;
}

const levelName = (code: string | null): string | null =>
  code ? careerLevelOf(code as CareerLevelCode).name : null;

async function findPerson(db: Db, id: string | null): Promise<PersonFacts | undefined> {
  if (!id) return undefined;
  return db
    .selectFrom('people')
    .select([
      'id',
      'name',
      'nip',
      'employmentStatus',
      'golonganRuang',
      'jenjangJabatan',
      'jenisPtk',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

function block(person: PersonFacts | undefined, position: string, unit: string): IdentityBlock {
  return {
    name: person?.name ?? '',
    nip: person?.employmentStatus === 'pns' ? person.nip : null,
    rank: person ? rankOf(person.employmentStatus, person.golonganRuang) : null,
    position,
    unit,
  };
}

function employeeBlock(scope: PlanScope): IdentityBlock {
  const { employee, row } = scope;
  const data = effectivePersonalData(employee);
  const isAsn = employee.employmentStatus !== 'non_asn';
  const level = isAsn ? levelName(data.careerLevel) : null;
  const teacher = level ? `Guru ${level}` : isAsn ? 'Guru' : '';
  const position =
    row.employeeKind === 'principal' ? `Kepala Sekolah (${teacher || 'Guru'})` : teacher;
  const golonganRuang = data.golongan && data.ruang ? `${data.golongan}/${data.ruang}` : null;
  return {
    name: employee.employeeName,
    nip: employee.employmentStatus === 'pns' ? employee.nip : null,
    rank: rankOf(employee.employmentStatus, golonganRuang),
    position,
    unit: employee.schoolName,
  };
}

const dinasPosition = (person: PersonFacts | undefined, fallback: string): string =>
  person?.jenisPtk && person.jenisPtk.trim() !== '' ? person.jenisPtk : fallback;

/** Another official of the Dinas than the assessor, non-assessors first: the third signatory [I]. */
async function superiorOfDinasAssessor(db: Db, dinasId: string | null, assessorId: string) {
  if (!dinasId) return undefined;
  const row = await db
    .selectFrom('dinasOfficials')
    .select('personId')
    .where('dinasId', '=', dinasId)
    .where('personId', '<>', assessorId)
    .orderBy('isAssessor')
    .orderBy('personId')
    .executeTakeFirst();
  return findPerson(db, row?.personId ?? null);
}

/**
 * The three blocks of the document: for a teacher the principal assesses and the Dinas assessor is the
 * atasan; for a principal the Dinas assessor assesses and another Dinas official (the head of the
 * Dinas when recorded) is the atasan (domain.md §1.2, §5.6).
 */
export async function buildDocumentSnapshot(
  db: Db,
  options: { scope: PlanScope; assessorId: string },
): Promise<DocumentSnapshot> {
  const { scope } = options;
  const { employee } = scope;
  const dinas = employee.dinasName ?? 'Dinas Pendidikan';
  const assessor = await findPerson(db, options.assessorId);
  const region = await db
    .selectFrom('regencies')
    .select('name')
    .where('code', '=', employee.regencyCode)
    .executeTakeFirst();
  let assessorBlock: IdentityBlock;
  let superiorBlock: IdentityBlock;
  if (scope.row.employeeKind === 'teacher') {
    const head = employee.headKind === 'acting' ? 'Plt. Kepala Sekolah' : 'Kepala Sekolah';
    assessorBlock = block(assessor, head, employee.schoolName);
    const superior = await findPerson(db, employee.assessorId);
    superiorBlock = block(superior, dinasPosition(superior, 'Kepala Dinas Pendidikan'), dinas);
  } else {
    assessorBlock = block(assessor, dinasPosition(assessor, 'Pejabat Penilai Kinerja'), dinas);
    const superior = await superiorOfDinasAssessor(db, employee.dinasId, options.assessorId);
    superiorBlock = block(superior, dinasPosition(superior, 'Kepala Dinas Pendidikan'), dinas);
  }
  return {
    dinasName: employee.dinasName,
    employee: employeeBlock(scope),
    assessor: assessorBlock,
    assessorSuperior: superiorBlock,
    place: region?.name ?? '',
  };
}
