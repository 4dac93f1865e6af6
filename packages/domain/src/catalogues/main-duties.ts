import type { Catalogue } from './catalogue';

/** A tugas pokok (main duty) of a teacher. */
export type MainDuty = { readonly code: string; readonly order: number; readonly name: string };

/** The "5M" tugas pokok of a teacher [C] — domain.md §3.5 (MEDIABAGI-4TAHAP, ALEEPENAKU). */
export const mainDuties: Catalogue<MainDuty> = {
  id: 'main-duties',
  version: '2025.1',
  title: { id: 'Tugas Pokok Guru', en: 'Teacher main duties' },
  sourceKeys: ['MEDIABAGI-4TAHAP', 'ALEEPENAKU', 'HC-PREN25'],
  items: [
    { code: 'merencanakan_pembelajaran', order: 1, name: 'Merencanakan pembelajaran' },
    { code: 'melaksanakan_pembelajaran', order: 2, name: 'Melaksanakan pembelajaran' },
    { code: 'menilai_hasil_pembelajaran', order: 3, name: 'Menilai hasil pembelajaran' },
    {
      code: 'membimbing_melatih_peserta_didik',
      order: 4,
      name: 'Membimbing dan melatih peserta didik',
    },
    { code: 'melaksanakan_tugas_tambahan', order: 5, name: 'Melaksanakan tugas tambahan' },
  ],
  missing: [],
};
