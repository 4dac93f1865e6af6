import { ROSTER_PTK_COLUMNS, ROSTER_SCHOOL_COLUMNS } from '@kinerja/contract';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';

/** The two generated roster files and their sizes. */
export type RosterFiles = {
  schoolsFile: string;
  ptkFile: string;
  schoolsBytes: number;
  ptkBytes: number;
};

const PROVINCE = { code: '32', name: 'Jawa Barat' };
const REGENCIES = 20;
const JENJANG = ['SD', 'SD', 'SD', 'SMP', 'SMP', 'SMA', 'SMK', 'PAUD', 'SLB'] as const;
const TEACHER_PTK = ['Guru Kelas', 'Guru Mapel', 'Guru Mapel', 'Guru BK', 'Guru TIK'] as const;
const GOLONGAN = ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b'] as const;
const JABATAN = ['Ahli Pertama', 'Ahli Muda', 'Ahli Madya'] as const;
const FIRST = [
  'Siti',
  'Budi',
  'Dewi',
  'Agus',
  'Sri',
  'Ahmad',
  'Rina',
  'Yusuf',
  'Nur',
  'Eko',
] as const;
const LAST = [
  'Rahayu',
  'Santoso',
  'Lestari',
  'Hidayat',
  'Wulandari',
  'Saputra',
  'Kurniawan',
] as const;

/**
 * Writes a schools CSV and a PTK CSV in the documented roster format (docs/ROSTER-IMPORT.md), one
 * province over 20 kabupaten. Deterministic, so importing it twice must change nothing the second time.
 * Each school's first PTK row is its definitive head (domain.md §1.2); status mix ≈ 60% PNS, 25% PPPK,
 * 15% NON ASN; every tenth name carries a degree after a comma, so quoting is exercised.
 */
export async function writeRosterCsv(input: {
  dir: string;
  rows: number;
  schools: number;
}): Promise<RosterFiles> {
  if (input.rows < input.schools) throw new Error('need at least one PTK row per school');
  const schoolsFile = path.join(input.dir, 'sekolah.csv');
  const ptkFile = path.join(input.dir, 'ptk.csv');
  const schoolsBytes = await writeLines(schoolsFile, schoolLines(input.schools));
  const ptkBytes = await writeLines(ptkFile, ptkLines(input.rows, input.schools));
  return { schoolsFile, ptkFile, schoolsBytes, ptkBytes };
}

/** NPSN of the i-th generated roster school. */
const npsnOf = (i: number): string => `7${String(i).padStart(7, '0')}`;

function* schoolLines(count: number): Generator<string[]> {
  yield [...ROSTER_SCHOOL_COLUMNS];
  for (let i = 0; i < count; i++) {
    const jenjang = JENJANG[i % JENJANG.length] ?? 'SD';
    const regency = 1 + (i % REGENCIES);
    yield [
      npsnOf(i),
      `${jenjang} ${i % 4 === 3 ? 'Swasta' : 'Negeri'} ${i + 1} Kabupaten ${regency}`,
      jenjang,
      i % 4 === 3 ? 'swasta' : 'negeri',
      PROVINCE.code,
      PROVINCE.name,
      `${PROVINCE.code}${String(regency).padStart(2, '0')}`,
      `Kabupaten ${regency}`,
    ];
  }
}

function* ptkLines(rows: number, schools: number): Generator<string[]> {
  yield [...ROSTER_PTK_COLUMNS];
  for (let i = 0; i < rows; i++) yield ptkRow(i, schools);
}

function ptkRow(i: number, schools: number): string[] {
  const isHead = i < schools;
  const kind = isHead ? 'pns' : i % 20 < 12 ? 'pns' : i % 20 < 17 ? 'pppk' : 'non_asn';
  const first = FIRST[i % FIRST.length] ?? 'Siti';
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Rahayu';
  const name = `${first} ${last} ${i}${i % 10 === 0 ? ', S.Pd.' : ''}`;
  return [
    npsnOf(i % schools),
    name,
    kind === 'non_asn'
      ? ''
      : `${kind === 'pns' ? '19850101' : '19900202'}${String(i).padStart(10, '0')}`,
    `32${String(i).padStart(14, '0')}`,
    `ptk.${i}@guru.belajar.id`,
    kind === 'pns' ? 'PNS' : kind === 'pppk' ? 'PPPK' : 'NON ASN',
    kind === 'pns' ? (GOLONGAN[i % GOLONGAN.length] ?? 'III/a') : '',
    kind === 'non_asn' ? '' : (JABATAN[i % JABATAN.length] ?? 'Ahli Pertama'),
    isHead ? 'Kepala Sekolah' : (TEACHER_PTK[i % TEACHER_PTK.length] ?? 'Guru Mapel'),
    isHead ? 'definitif' : '',
  ];
}

const csvCell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

async function writeLines(file: string, lines: Iterable<string[]>): Promise<number> {
  const out: WriteStream = createWriteStream(file);
  let bytes = 0;
  for (const cells of lines) {
    const line = `${cells.map(csvCell).join(',')}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
