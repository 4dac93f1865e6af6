import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rule-sets/registry';
import { exampleValidDraft } from '../testing/example-plans';
import {
  evidenceProgress,
  evidenceSlotKey,
  evidenceSlotsOf,
  isKaryaCategory,
  KARYA_CATEGORIES,
} from './evidence-slots';

describe('evidence slots of an approved plan (domain.md §3.4 [C] SEED4)', () => {
  it('one per competency RHK, then one per additional duty with its SK', () => {
    const draft = {
      ...exampleValidDraft({ periodVersion: '2024-S1' }),
      competencyRhkCodes: ['pelatihan_mandiri', 'penggerak_komunitas_belajar'],
      additionalDuties: [
        { code: 'wali_kelas', skReference: 'SK 1' },
        { code: 'guru_piket', skReference: 'ST 2' },
        { code: 'wali_kelas', skReference: 'SK 1' },
      ],
    };
    expect(evidenceSlotsOf({ draft, ruleSet: ruleSetFor('2024-S1') })).toEqual([
      { kind: 'competency_evidence', code: 'pelatihan_mandiri', instance: 1, skReference: null },
      {
        kind: 'competency_evidence',
        code: 'penggerak_komunitas_belajar',
        instance: 1,
        skReference: null,
      },
      { kind: 'additional_duty_evidence', code: 'wali_kelas', instance: 1, skReference: 'SK 1' },
      { kind: 'additional_duty_evidence', code: 'guru_piket', instance: 1, skReference: 'ST 2' },
    ]);
  });

  // "Kumpulkan Bukti Dukung" has a slot per planned activity instance — domain.md §3.4, §4.5.
  it('one slot per planned instance of a repeated activity, numbered per activity', () => {
    const draft = {
      ...exampleValidDraft({ periodVersion: '2024-S1' }),
      competencyRhkCodes: [
        'pelatihan_mandiri',
        'observasi_praktik_pembelajaran',
        'pelatihan_mandiri',
        'pelatihan_mandiri',
      ],
      additionalDuties: [],
    };
    const slots = evidenceSlotsOf({ draft, ruleSet: ruleSetFor('2024-S1') });
    expect(slots.map((slot) => `${slot.code}#${slot.instance}`)).toEqual([
      'pelatihan_mandiri#1',
      'pelatihan_mandiri#2',
      'pelatihan_mandiri#3',
      'observasi_praktik_pembelajaran#1',
    ]);
    expect(new Set(slots.map(evidenceSlotKey)).size).toBe(4);
  });

  it.each(['2025', '2026'])('%s has no upload slots (domain.md §3.6)', (version) => {
    const draft = exampleValidDraft({ periodVersion: version });
    expect(evidenceSlotsOf({ draft, ruleSet: ruleSetFor(version) })).toEqual([]);
  });

  it('follows the documents the rule set lists', () => {
    const base = ruleSetFor('2024-S2');
    const ruleSet = {
      ...base,
      evidence: { ...base.evidence, documents: ['additional_duty_evidence'] as const },
    } as typeof base;
    const draft = exampleValidDraft({ periodVersion: '2024-S2' });
    expect(evidenceSlotsOf({ draft, ruleSet }).map((slot) => slot.kind)).toEqual([
      'additional_duty_evidence',
    ]);
  });
});

describe('evidence progress for the principal (domain.md §3.4, issue #5 item 6)', () => {
  it('counts collected, drafts, empties and what is missing', () => {
    expect(evidenceProgress(['collected', 'draft', 'empty', 'collected'])).toEqual({
      total: 4,
      collected: 2,
      draft: 1,
      empty: 1,
      missing: 2,
      isComplete: false,
    });
    expect(evidenceProgress(['collected']).isComplete).toBe(true);
    expect(evidenceProgress([]).isComplete).toBe(false);
  });
});

describe('Kategori Karya', () => {
  it('knows its codes and labels in both languages', () => {
    expect(isKaryaCategory('sertifikat')).toBe(true);
    expect(isKaryaCategory('foto')).toBe(false);
    for (const category of KARYA_CATEGORIES) expect(category.label.id).not.toBe('');
  });
});
