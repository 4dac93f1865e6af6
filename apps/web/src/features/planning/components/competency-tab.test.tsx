import type { PlanContent, PlanOptionsResponse } from '@kinerja/contract';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { completeContent, makePlan, planOptions, practiceOptions } from '../planning-test-data';
import { CompetencyTab } from './competency-tab';
import { loadAllMessagePacks } from '../../../lib/i18n/message-packs';

// In the app each area's texts arrive with its pages (message-packs.ts); here all at once.
await loadAllMessagePacks();

afterEach(cleanup);

// The 2024 point table as the server sends it (domain.md §4.5).
const pointsOptions: PlanOptionsResponse = {
  ...planOptions,
  competency: {
    mode: 'points',
    minPoints: 32,
    recommendedMaxPoints: 128,
    maxCountPerActivity: 16,
    rhks: [
      {
        code: 'pelatihan_mandiri',
        role: 'Peserta pelatihan mandiri sesuai model kompetensi Guru/Kepala Sekolah/Pengawas',
        points: 8,
        conversion: '1 pelatihan + Aksi Nyata',
        isAvailable: true,
      },
      {
        code: 'peserta_berbagi_praktik_baik',
        role: 'Peserta berbagi praktik baik yang diselenggarakan komunitas belajar',
        points: 4,
        conversion: '1 kegiatan 2–3 jam',
        isAvailable: true,
      },
    ],
  },
};

function Harness({ onContent }: { onContent: (content: PlanContent) => void }) {
  const [content, setContent] = useState<PlanContent>({
    ...completeContent,
    competencyRhkCodes: [],
  });
  return (
    <CompetencyTab
      content={content}
      plan={makePlan()}
      catalogues={{ options: pointsOptions, practice: practiceOptions }}
      problems={[]}
      edit={(change) =>
        setContent((current) => {
          const next = change(current);
          onContent(next);
          return next;
        })
      }
    />
  );
}

describe('2024 Pengembangan Kompetensi: a number of each activity, the domain’s total (§4.5)', () => {
  it('plans repeats with the stepper and shows the total live', async () => {
    const user = userEvent.setup();
    let last: PlanContent | null = null;
    render(
      <I18nProvider>
        <Harness onContent={(content) => (last = content)} />
      </I18nProvider>,
    );
    const total = () => screen.getByTestId('competency-total').textContent ?? '';
    expect(total()).toContain('Total 0 poin');
    const more = screen.getByRole('button', { name: /^Tambah satu: Peserta pelatihan mandiri/ });
    await user.click(more);
    await user.click(more);
    await user.click(more);
    expect(total()).toContain('Total 24 poin — kurang 8 poin dari minimal 32 poin');
    const sharing = screen.getByRole('spinbutton', { name: /^Peserta berbagi praktik baik/ });
    await user.clear(sharing);
    await user.type(sharing, '2');
    expect(total()).toContain('Total 32 poin — sudah memenuhi');
    expect(last!.competencyRhkCodes).toEqual([
      'pelatihan_mandiri',
      'pelatihan_mandiri',
      'pelatihan_mandiri',
      'peserta_berbagi_praktik_baik',
      'peserta_berbagi_praktik_baik',
    ]);
    await user.click(
      screen.getByRole('button', { name: /^Kurangi satu: Peserta pelatihan mandiri/ }),
    );
    expect(total()).toContain('Total 24 poin');
    const mandiri = screen.getByRole<HTMLInputElement>('spinbutton', {
      name: /^Peserta pelatihan mandiri/,
    });
    expect(mandiri.value).toBe('2');
  });
});
