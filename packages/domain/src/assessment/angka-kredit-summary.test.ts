import { describe, expect, it } from 'vitest';
import { summariseAngkaKredit } from './angka-kredit-summary';

describe('cumulative angka kredit against the next promotion (domain.md §5.4)', () => {
  it('sums what was earned in the jenjang and compares it with the golongan threshold', () => {
    const summary = summariseAngkaKredit({
      entries: [
        { careerLevel: 'ahli_pertama', angkaKredit: 6.25 },
        { careerLevel: 'ahli_pertama', angkaKredit: 9.375 },
        { careerLevel: 'ahli_muda', angkaKredit: 25 },
      ],
      careerLevel: 'ahli_muda',
      golonganRuang: 'III/c',
    });
    expect(summary).toEqual({
      total: 40.625,
      withinCareerLevel: 25,
      progress: {
        next: 'III/d',
        threshold: 100,
        remaining: 75,
        isEligible: false,
        isCareerLevelPromotion: false,
      },
    });
  });

  it('is eligible once the threshold is reached', () => {
    const entries = Array.from({ length: 4 }, () => ({
      careerLevel: 'ahli_pertama' as const,
      angkaKredit: 12.5,
    }));
    const summary = summariseAngkaKredit({
      entries,
      careerLevel: 'ahli_pertama',
      golonganRuang: 'III/a',
    });
    expect(summary.progress).toMatchObject({ next: 'III/b', remaining: 0, isEligible: true });
  });

  it.each([
    ['no golongan (PPPK)', 'ahli_pertama', null],
    ['no jenjang (non-ASN)', null, 'III/a'],
    ['golongan of another jenjang', 'ahli_madya', 'III/a'],
    ['the top golongan', 'ahli_utama', 'IV/e'],
  ] as const)('gives no progress with %s', (_case, careerLevel, golonganRuang) => {
    const entries = [{ careerLevel: 'ahli_pertama' as const, angkaKredit: 12.5 }];
    const summary = summariseAngkaKredit({ entries, careerLevel, golonganRuang });
    expect(summary.progress).toBeNull();
    expect(summary.total).toBe(12.5);
  });
});
