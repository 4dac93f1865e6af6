import { careerLevelOf, findByCode, ranks, type CareerLevelCode } from '@kinerja/domain';
import type { Db } from '../../db/database.js';
import { effectivePersonalData } from '../plans/plan-personal-data.js';
import type { PlanScope } from '../plan-context/plan-scope.js';

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

/** A Dinas official as the documents print them: one record, one jabatan (issue 14 item 5). */
type Official = {
  person: PersonFacts | undefined;
  position: string | null;
  isHead: boolean;
  isAssessor: boolean;
};

/**
 * The jabatan of a Dinas official — the same on every document: the recorded jabatan, else by what
 * the official does (the head; a Pejabat Penilai Kinerja, domain.md §1.2 "Kepala Bidang/Kepala
 * Seksi/Pengawas Sekolah pada Dinas Pendidikan").
 */
export function officialPosition(official: Pick<Official, 'position' | 'isHead' | 'isAssessor'>) {
  if (official.position && official.position.trim() !== '') return official.position;
  if (official.isHead) return 'Kepala Dinas Pendidikan';
  return official.isAssessor
    ? 'Pejabat Penilai Kinerja Dinas Pendidikan'
    : 'Pejabat Dinas Pendidikan';
}

async function officialOf(
  db: Db,
  dinasId: string | null,
  options: { personId?: string | null; exceptId?: string },
): Promise<Official | undefined> {
  if (!dinasId) return undefined;
  let query = db
    .selectFrom('dinasOfficials')
    .select(['personId', 'position', 'isHead', 'isAssessor'])
    .where('dinasId', '=', dinasId);
  if (options.personId) query = query.where('personId', '=', options.personId);
  if (options.exceptId) query = query.where('personId', '<>', options.exceptId);
  // The head of the Dinas first, then non-assessors: the third signatory of a principal (§1.2).
  const row = await query
    .orderBy('isHead', 'desc')
    .orderBy('isAssessor')
    .orderBy('personId')
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...row, person: await findPerson(db, row.personId) };
}

/** An official's block; a person recorded nowhere as an official still gets the role's jabatan. */
async function officialBlock(
  db: Db,
  options: {
    dinasId: string | null;
    personId?: string | null;
    exceptId?: string;
    unit: string;
    role: 'assessor' | 'head';
  },
): Promise<IdentityBlock> {
  const official = await officialOf(db, options.dinasId, options);
  const person = official?.person ?? (await findPerson(db, options.personId ?? null));
  const position = officialPosition(
    official ?? {
      position: null,
      isHead: options.role === 'head',
      isAssessor: options.role === 'assessor',
    },
  );
  return block(person, position, options.unit);
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
  const { dinasId } = employee;
  if (scope.row.employeeKind === 'teacher') {
    const head = employee.headKind === 'acting' ? 'Plt. Kepala Sekolah' : 'Kepala Sekolah';
    assessorBlock = block(assessor, head, employee.schoolName);
    // The principal's own assessor at the Dinas, with the jabatan the principal's document prints.
    const personId = employee.assessorId;
    superiorBlock = await officialBlock(db, { dinasId, personId, unit: dinas, role: 'assessor' });
  } else {
    const personId = options.assessorId;
    assessorBlock = await officialBlock(db, { dinasId, personId, unit: dinas, role: 'assessor' });
    // The head of the Dinas (or another official) signs above the assessor (§1.2, §5.6).
    const exceptId = options.assessorId;
    superiorBlock = await officialBlock(db, { dinasId, exceptId, unit: dinas, role: 'head' });
  }
  return {
    dinasName: employee.dinasName,
    employee: employeeBlock(scope),
    assessor: assessorBlock,
    assessorSuperior: superiorBlock,
    place: region?.name ?? '',
  };
}
