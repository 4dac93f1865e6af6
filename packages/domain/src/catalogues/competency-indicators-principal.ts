import type { Catalogue } from './catalogue';
import type { CompetencyGroup } from './competency-indicators-2025';
import { gap, known } from './sourced';

// domain.md §3.8 and §4.2 give the principal's own year (D3 practice, pengawas as Tim Kinerja),
// and §4.5 names only "model kompetensi Guru/KS/pengawas" (2024 RHK row 1) without a list: no
// source gives the competences or indicators a principal picks from in 2025+ (§8.1). So the
// principal gets a catalogue of its own with one group whose indicators are a gap for the
// administrator to fill, instead of the teacher's Model Kompetensi Guru [I].
const NOT_FOUND = gap({
  source: 'not found — domain.md §4.5, §8.1 (model kompetensi Kepala Sekolah)',
  note: 'Indikator kompetensi Kepala Sekolah belum ada sumbernya; diisi Admin dari panduan resmi.',
});

/** The principal's 2025+ competency catalogue: one group, indicators a gap — domain.md §4.5 [I]. */
export const competencyIndicatorsPrincipal: Catalogue<CompetencyGroup> = {
  id: 'competency-indicators-principal',
  version: '2025.1',
  title: {
    id: 'Indikator Pengembangan Kompetensi Kepala Sekolah 2025+',
    en: 'Principal competency indicators 2025+',
  },
  sourceKeys: ['HC-POIN24'],
  items: [
    {
      code: 'kepala_sekolah',
      order: 1,
      name: known('Kompetensi Kepala Sekolah', {
        source: 'domain.md §3.8, §4.5 (name chosen for the gap) [I]',
        confidence: 'I',
      }),
      indicators: NOT_FOUND,
    },
  ],
  missing: [],
};
