import { describe, expect, it } from 'vitest';
import { exampleValidDraft } from '../testing/example-plans';
import { diffPlanVersions, type PlanItemNamer, type PlanVersionContent } from './plan-version-diff';

const NAMES: Record<string, string> = {
  merencanakan_pembelajaran: 'Merencanakan pembelajaran',
  melaksanakan_pembelajaran: 'Melaksanakan pembelajaran',
  menilai_hasil_pembelajaran: 'Menilai hasil pembelajaran',
  penerapan_disiplin_positif: 'Penerapan disiplin positif',
  pembelajaran_berdiferensiasi: 'Pembelajaran berdiferensiasi',
  pelatihan_mandiri: 'Pelatihan Mandiri',
  penggerak_komunitas_belajar: 'Penggerak Komunitas Belajar',
  wali_kelas: 'Wali Kelas',
  guru_piket: 'Guru Piket',
  berorientasi_pelayanan: 'Berorientasi Pelayanan',
};
const name: PlanItemNamer = (_kind, code) => NAMES[code] ?? code;
const before: PlanVersionContent = exampleValidDraft({ periodVersion: '2024-S1' });
const service = before.workBehaviour.berorientasi_pelayanan!;

const cases: Array<{
  what: string;
  after: PlanVersionContent;
  expected: Array<{ label: string; changes: Array<[string, string]> }>;
}> = [
  { what: 'nothing changed', after: before, expected: [] },
  {
    what: 'a tugas pokok added and the focus moved',
    after: {
      ...before,
      mainDuties: {
        dutyCodes: [...before.mainDuties.dutyCodes, 'menilai_hasil_pembelajaran'],
        focusCode: 'merencanakan_pembelajaran',
      },
    },
    expected: [
      {
        label: 'Pelaksanaan Tugas Pokok',
        changes: [
          ['added', 'Ditambahkan: Menilai hasil pembelajaran'],
          [
            'changed',
            'Fokus utama diganti dari "Melaksanakan pembelajaran" menjadi "Merencanakan pembelajaran"',
          ],
        ],
      },
    ],
  },
  {
    what: 'another sub indikator',
    after: { ...before, practiceIndicatorCode: 'pembelajaran_berdiferensiasi' },
    expected: [
      {
        label: 'Praktik Kinerja',
        changes: [
          [
            'changed',
            'Sub indikator diganti dari "Penerapan disiplin positif" menjadi "Pembelajaran berdiferensiasi"',
          ],
        ],
      },
    ],
  },
  {
    what: 'an RHK removed, one repeated (2024 points)',
    after: {
      ...before,
      competencyRhkCodes: ['penggerak_komunitas_belajar', 'penggerak_komunitas_belajar'],
    },
    expected: [
      {
        label: 'Pengembangan Kompetensi',
        changes: [
          ['added', 'Ditambahkan: Penggerak Komunitas Belajar'],
          ['removed', 'Dihapus: Pelatihan Mandiri'],
        ],
      },
    ],
  },
  {
    what: 'a duty added, a reference changed, the practice cleared',
    after: {
      ...before,
      practiceIndicatorCode: null,
      additionalDuties: [
        { code: 'wali_kelas', skReference: 'SK 7/2024' },
        { code: 'guru_piket', skReference: 'ST 9' },
      ],
    },
    expected: [
      {
        label: 'Praktik Kinerja',
        changes: [
          [
            'changed',
            'Sub indikator diganti dari "Penerapan disiplin positif" menjadi "belum dipilih"',
          ],
        ],
      },
      {
        label: 'Tugas Tambahan',
        changes: [
          [
            'changed',
            'SK/Surat Tugas Wali Kelas diganti dari "SK 421/012/2024" menjadi "SK 7/2024"',
          ],
          ['added', 'Ditambahkan: Guru Piket (SK/Surat Tugas: ST 9)'],
        ],
      },
    ],
  },
  {
    what: 'a duty removed',
    after: { ...before, additionalDuties: [] },
    expected: [
      {
        label: 'Tugas Tambahan',
        changes: [['removed', 'Dihapus: Wali Kelas (SK/Surat Tugas: SK 421/012/2024)']],
      },
    ],
  },
  {
    what: 'a behaviour and its expectation rewritten',
    after: {
      ...before,
      workBehaviour: {
        ...before.workBehaviour,
        berorientasi_pelayanan: { behaviourCode: 'lain', supervisorExpectation: '' },
      },
    },
    expected: [
      {
        label: 'Perilaku Kerja',
        changes: [
          [
            'changed',
            `Berorientasi Pelayanan: perilaku diganti dari "${service.behaviourCode}" menjadi "lain"`,
          ],
          [
            'changed',
            `Berorientasi Pelayanan: ekspektasi diganti dari "${service.supervisorExpectation}" menjadi "kosong"`,
          ],
        ],
      },
    ],
  },
];

describe('what changed between two submitted versions (issue 11, domain.md §3.3)', () => {
  it.each(cases)('$what', ({ after, expected }) => {
    const diff = diffPlanVersions({ before, after, name, locale: 'id' });
    expect(
      diff.map((section) => ({
        label: section.label,
        changes: section.changes.map((change) => [change.kind, change.text]),
      })),
    ).toEqual(expected);
  });

  it('speaks English when asked, and a value missing before counts as changed', () => {
    const { berorientasi_pelayanan: _gone, ...rest } = before.workBehaviour;
    const diff = diffPlanVersions({
      before: { ...before, workBehaviour: rest },
      after: before,
      name,
      locale: 'en',
    });
    expect(diff[0]?.label).toBe('Work behaviour');
    expect(diff[0]?.changes[0]?.text).toContain(
      'Berorientasi Pelayanan: behaviour changed from "not chosen"',
    );
  });
});
