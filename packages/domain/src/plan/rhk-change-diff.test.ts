import { describe, expect, it } from 'vitest';
import { exampleValidDraft } from '../testing/example-plans';
import { diffRhkChange, isEmptyRhkDiff } from './rhk-change-diff';

const before = exampleValidDraft({ periodVersion: '2024-S1' });

describe('what an RHK change did, for the supervisor (domain.md §3.4)', () => {
  it('lists added and removed RHKs and duties, and changed SK references', () => {
    const after = {
      ...before,
      competencyRhkCodes: ['penggerak_komunitas_belajar', 'narasumber_berbagi_praktik_baik'],
      additionalDuties: [
        { code: 'wali_kelas', skReference: 'SK baru 7' },
        { code: 'guru_piket', skReference: 'ST 9' },
      ],
    };
    expect(diffRhkChange(before, after)).toEqual({
      competency: { added: ['narasumber_berbagi_praktik_baik'], removed: ['pelatihan_mandiri'] },
      additionalDuties: {
        added: [{ code: 'guru_piket', skReference: 'ST 9' }],
        removed: [],
        referenceChanged: [{ code: 'wali_kelas', before: 'SK 421/012/2024', after: 'SK baru 7' }],
      },
    });
  });

  it('an unchanged plan gives an empty diff; a removed duty is listed', () => {
    expect(isEmptyRhkDiff(diffRhkChange(before, before))).toBe(true);
    const diff = diffRhkChange(before, { ...before, additionalDuties: [] });
    expect(diff.additionalDuties.removed).toEqual(before.additionalDuties);
    expect(isEmptyRhkDiff(diff)).toBe(false);
  });
});
