import { ELIGIBLE_JENIS_PTK, findDapodikStatus, PRINCIPAL_JENIS_PTK } from '@kinerja/domain';
import { notAllowed, type RowProblems } from './row-field-checks.js';

/** status_kepegawaian as stored in people.employment_status. */
export type EmploymentStatus = 'pns' | 'pppk' | 'non_asn';

/** Dapodik Jenis PTK eligible for Pengelolaan Kinerja — domain.md §1.4 (stored in this spelling). */
export const JENIS_PTK = ELIGIBLE_JENIS_PTK;

const PRINCIPAL_PTK = PRINCIPAL_JENIS_PTK;
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
// "III/a", "III-a", or Dapodik's "Penata Muda, III/a".
const GOLONGAN = /(?:^|[\s,])(II|III|IV)\s*[/-]\s*([a-e])$/i;
// PNS golongan/ruang of teachers: III/a–IV/e, II/a–II/d for legacy non-S1 teachers — domain.md §4.6.
const GOLONGAN_RUANG = new Set([
  ...['a', 'b', 'c', 'd'].flatMap((r) => [`II/${r}`, `III/${r}`]),
  ...['a', 'b', 'c', 'd', 'e'].map((r) => `IV/${r}`),
]);
const STATUS_LABEL = { pns: 'PNS', pppk: 'PPPK', non_asn: 'NON ASN' } as const;
const JENJANG_JABATAN = ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'];
const PRINCIPAL_KIND: Record<string, 'definitive' | 'acting' | null> = {
  '': null,
  definitif: 'definitive',
  plt: 'acting',
};

/** An optional email, stored lower-case. */
export function checkEmail(p: RowProblems, value: string): string | undefined {
  const email = value.toLowerCase();
  if (email === '') return undefined;
  if (email.length <= 254 && EMAIL.test(email)) return email;
  return p.add(
    'email',
    `kolom email "${value}" bukan alamat email yang valid (contoh: nama@guru.sd.belajar.id)`,
  );
}

/**
 * status_kepegawaian PNS / PPPK / NON ASN, or a Dapodik value mapped to one of them. The nip column holds the NIP of a PNS (required) or the
 * 18-digit NI PPPK of a PPPK (optional); a non-ASN has neither — domain.md §1.1, §5.6.
 */
export function checkEmployment(
  p: RowProblems,
  value: string,
  nip: string,
): EmploymentStatus | undefined {
  // Dapodik's own values (PNS Diperbantukan, CPNS, GTY/PTY, Honor Daerah …) map through the
  // domain's table, shown on the import page (issue 14 item 7).
  const status = findDapodikStatus(value)?.asnKind;
  if (!status) {
    return p.add(
      'status_kepegawaian',
      notAllowed(
        'status_kepegawaian',
        value,
        'isi PNS, PPPK, NON ASN, atau Status Kepegawaian Dapodik yang tercantum di halaman Impor Data Dapodik',
      ),
    );
  }
  if (status === 'pns' && nip === '')
    p.add('nip', 'kolom nip wajib diisi untuk status_kepegawaian PNS');
  if (status === 'non_asn' && nip !== '') {
    p.add('nip', 'kolom nip hanya untuk PNS (NIP) dan PPPK (NI PPPK); kosongkan untuk NON ASN');
  }
  return status;
}

/** Pangkat/golongan/ruang exists only for PNS; PPPK and non-ASN leave it blank — domain.md §1.1, §3.2. */
export function checkGolongan(p: RowProblems, value: string, status: EmploymentStatus | undefined) {
  if (value === '') return undefined;
  if (status && status !== 'pns') {
    return p.add(
      'pangkat_golongan',
      `kolom pangkat_golongan hanya untuk PNS; kosongkan untuk ${STATUS_LABEL[status]}`,
    );
  }
  const match = GOLONGAN.exec(value);
  const golongan = match ? `${match[1]?.toUpperCase()}/${match[2]?.toLowerCase()}` : '';
  if (GOLONGAN_RUANG.has(golongan)) return golongan;
  return p.add(
    'pangkat_golongan',
    `kolom pangkat_golongan "${value}" tidak dikenal; tulis seperti III/a (II/a–II/d, III/a–III/d, IV/a–IV/e)`,
  );
}

/** Jenjang jabatan fungsional guru, for ASN only — domain.md §4.6, §5.6. */
export function checkJenjangJabatan(
  p: RowProblems,
  value: string,
  status: EmploymentStatus | undefined,
) {
  if (value === '') return undefined;
  const code = value.toLowerCase().replace(/[\s_-]+/g, '_');
  if (!JENJANG_JABATAN.includes(code)) {
    return p.add(
      'jenjang_jabatan',
      `kolom jenjang_jabatan "${value}" tidak dikenal; isi Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, atau kosongkan`,
    );
  }
  if (status === 'non_asn') {
    return p.add(
      'jenjang_jabatan',
      'kolom jenjang_jabatan hanya untuk ASN (PNS/PPPK); kosongkan untuk NON ASN',
    );
  }
  return code;
}

/** Jenis PTK from the eligible list, in any letter case. */
export function checkJenisPtk(p: RowProblems, value: string): string | undefined {
  const wanted = value.toLowerCase().replace(/\s+/g, ' ');
  const jenis = JENIS_PTK.find((j) => j.toLowerCase() === wanted);
  if (jenis) return jenis;
  return p.add(
    'jenis_ptk',
    notAllowed('jenis_ptk', value, `pilih salah satu: ${JENIS_PTK.join(', ')}`),
  );
}

/**
 * kepala_sekolah: definitif (Jenis PTK Kepala Sekolah) or plt (an acting head, usually a teacher);
 * a Kepala Sekolah row must say which — domain.md §1.1, §1.2.
 */
export function checkPrincipal(
  p: RowProblems,
  value: string,
  jenisPtk: string | undefined,
): 'definitive' | 'acting' | null | undefined {
  const kind = PRINCIPAL_KIND[value.toLowerCase()];
  if (kind === undefined) {
    return p.add(
      'kepala_sekolah',
      `kolom kepala_sekolah "${value}" tidak dikenal; isi definitif, plt, atau kosongkan`,
    );
  }
  if (kind === 'definitive' && jenisPtk && jenisPtk !== PRINCIPAL_PTK) {
    return p.add(
      'kepala_sekolah',
      `kolom kepala_sekolah definitif hanya untuk jenis_ptk Kepala Sekolah (ditemukan "${jenisPtk}"); isi plt untuk guru yang menjabat pelaksana tugas`,
    );
  }
  if (kind === null && jenisPtk === PRINCIPAL_PTK) {
    return p.add(
      'kepala_sekolah',
      'jenis_ptk Kepala Sekolah: isi kolom kepala_sekolah dengan definitif atau plt',
    );
  }
  return kind;
}
