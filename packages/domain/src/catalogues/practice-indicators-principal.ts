import type { Catalogue } from './catalogue';
import type { PracticeIndicator } from './practice-indicators-teacher';
import { gap, known, type Sourced } from './sourced';

const NOT_FOUND = 'not found — domain.md §4.2, §8.1';
const TARGETS_NOT_FOUND = gap({
  source: NOT_FOUND,
  note: 'Indikator keberhasilan, target perilaku, dianjurkan/dihindari, bentuk kegiatan and bukti dukung.',
});
const NO_DESCRIPTION = gap({ source: NOT_FOUND });
const GROUP = known('Kepemimpinan Pembelajaran', {
  source: 'domain.md §3.8; FLIP-VAR',
  confidence: 'C',
});

function indicator(options: {
  order: number;
  code: string;
  name: Sourced<string>;
  description?: Sourced<string>;
}): PracticeIndicator {
  return {
    code: options.code,
    order: options.order,
    raporIndicator: 'D3',
    name: options.name,
    group: GROUP,
    description: options.description ?? NO_DESCRIPTION,
    targets: TARGETS_NOT_FOUND,
  };
}

function pengawasName(name: string): Sourced<string> {
  return known(name, { source: 'domain.md §4.2; KOMPAS-PENGAWAS', confidence: 'C' });
}

/** Principal practice indicators of Rapor Pendidikan D3 (item 2 not found) — domain.md §4.2. */
export const principalPracticeIndicators: Catalogue<PracticeIndicator> = {
  id: 'practice-indicators-principal',
  version: '2024.1',
  title: {
    id: 'Indikator Praktik Kinerja Kepala Sekolah (D3)',
    en: 'Principal practice indicators (D3)',
  },
  sourceKeys: ['SCRIBD-KSIND', 'KOMPAS-PENGAWAS', 'POTRETMTK', 'FLIP-VAR'],
  items: [
    indicator({
      order: 1,
      code: 'presentasi_visi_misi',
      name: known('Presentasi Visi-Misi Satuan Pendidikan', {
        source: 'domain.md §4.2; SCRIBD-KSIND',
        confidence: 'S',
      }),
      description: known(
        'Tingkat upaya mengkomunikasikan visi-misi dan prioritas satuan pendidikan yang berpusat pada peningkatan kualitas pembelajaran',
        { source: 'domain.md §4.2; SCRIBD-KSIND', confidence: 'S' },
      ),
    }),
    indicator({ order: 2, code: 'd3_indicator_2', name: gap({ source: NOT_FOUND }) }),
    indicator({
      order: 3,
      code: 'praktik_baik_kepemimpinan_pembelajaran',
      name: pengawasName('Menceritakan Praktik Baik Kepemimpinan Pembelajaran'),
    }),
    indicator({
      order: 4,
      code: 'presentasi_program_satuan_pendidikan',
      name: pengawasName('Presentasi Program Satuan Pendidikan'),
    }),
    indicator({
      order: 5,
      code: 'refleksi_pengelolaan_kurikulum',
      name: pengawasName('Refleksi Pengelolaan Kurikulum Sekolah'),
    }),
    indicator({
      order: 6,
      code: 'aktivasi_komunitas_belajar',
      name: pengawasName('Aktivasi Kegiatan Komunitas Belajar'),
      // POTRETMTK numbers this "Indikator 5" — conflict [X], domain.md §4.2.
      description: known(
        'Mengkomunikasikan arahan untuk memotivasi guru aktif terlibat dalam komunitas belajar',
        { source: 'domain.md §4.2; KOMPAS-PENGAWAS; POTRETMTK', confidence: 'X' },
      ),
    }),
    indicator({
      order: 7,
      code: 'siklus_penguatan_praktik_pembelajaran',
      name: pengawasName('Siklus Penguatan Kualitas Praktik Pembelajaran'),
    }),
    indicator({
      order: 8,
      code: 'refleksi_program_pengembangan_kompetensi_guru',
      name: pengawasName('Refleksi Program Pengembangan Kompetensi Guru'),
    }),
  ],
  missing: [],
};
