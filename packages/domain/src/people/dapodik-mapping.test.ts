import { describe, expect, it } from 'vitest';
import {
  DAPODIK_STATUS_KEPEGAWAIAN,
  findDapodikJenisPtk,
  findDapodikStatus,
  jenjangOfBentukPendidikan,
  nameWithGelar,
  principalKindOfDapodik,
} from './dapodik-mapping';

describe('Dapodik as exported → Kinerja (issue 14 item 7; domain.md §1.1, §1.4, §6.2)', () => {
  it.each([
    ['PNS', 'pns'],
    ['PNS Diperbantukan', 'pns'],
    ['pns depag', 'pns'],
    ['CPNS', 'pns'],
    ['PPPK', 'pppk'],
    ['P3K', 'pppk'],
    ['GTY/PTY', 'non_asn'],
    ['GTT/PTT Provinsi', 'non_asn'],
    ['GTT/PTT Kab/Kota', 'non_asn'],
    ['Guru Honor Sekolah', 'non_asn'],
    ['Honor Daerah TK.I Provinsi', 'non_asn'],
    ['Honor Daerah TK.II Kab/Kota', 'non_asn'],
    ['Honor Daerah TK II Kab/Kota', 'non_asn'],
    ['Tenaga Honor Sekolah', 'non_asn'],
    ['NON ASN', 'non_asn'],
    ['non-asn', 'non_asn'],
  ])('Status Kepegawaian %s → %s', (value, kind) => {
    expect(findDapodikStatus(value)?.asnKind).toBe(kind);
  });

  it('refuses a status that is not Dapodik’s, and explains every value in Indonesian', () => {
    expect(findDapodikStatus('Pegawai Kontrak Swasta')).toBeUndefined();
    expect(findDapodikStatus('')).toBeUndefined();
    for (const status of DAPODIK_STATUS_KEPEGAWAIAN) expect(status.meaning).toMatch(/\.$/);
  });

  it.each([
    ['Guru Mapel', 'Guru Mapel', 'teacher'],
    ['guru kelas', 'Guru Kelas', 'teacher'],
    ['Kepala Sekolah', 'Kepala Sekolah', 'principal'],
    ['Tenaga Administrasi Sekolah', 'Tenaga Administrasi Sekolah', 'not_in_scope'],
    ['Penjaga Sekolah', 'Penjaga Sekolah', 'not_in_scope'],
  ])('Jenis PTK %s → %s (%s)', (value, official, role) => {
    expect(findDapodikJenisPtk(value)).toEqual({ value: official, role });
  });

  it.each([
    ['Kepala Sekolah', 'Kepala Sekolah', 'definitif'],
    ['', 'Kepala Sekolah', 'definitif'],
    ['Plt. Kepala Sekolah', 'Guru Kelas', 'plt'],
    ['PLT Kepala Sekolah', 'Guru Mapel', 'plt'],
    ['Wakil Kepala Sekolah', 'Guru Mapel', ''],
    ['Wali Kelas', 'Guru Kelas', ''],
  ])('Tugas Tambahan "%s" of a %s → kepala_sekolah "%s"', (duty, jenis, kind) => {
    expect(principalKindOfDapodik(duty, jenis)).toBe(kind);
  });

  it.each([
    ['Drs.', 'Bambang Sutrisno', 'M.Pd.', 'Drs. Bambang Sutrisno, M.Pd.'],
    ['', 'Ratna Sari', 'S.Pd.', 'Ratna Sari, S.Pd.'],
    ['', 'Siti Aminah', '', 'Siti Aminah'],
  ])('name with gelar: %s %s %s', (front, name, back, full) => {
    expect(nameWithGelar(front, name, back)).toBe(full);
  });

  it.each([
    ['TK', 'PAUD'],
    ['KB', 'PAUD'],
    ['SD', 'SD'],
    ['SMPLB', 'SLB'],
    ['SMK', 'SMK'],
    ['PKBM', undefined],
  ])('Bentuk Pendidikan %s → %s', (bentuk, jenjang) => {
    expect(jenjangOfBentukPendidikan(bentuk)).toBe(jenjang);
  });
});
