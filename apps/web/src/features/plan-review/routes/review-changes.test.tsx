import {
  meResponseSchema,
  planHistoryResponseSchema,
  planOptionsResponseSchema,
  planSchema,
} from '@kinerja/contract';
import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { planIdOf, planOptions, principalMe, submittedPlan } from '../test/review-test-data';

const planPath = `/api/plans/${planIdOf(2)}`;

// The machine running the suite may be busy: allow the first load more than the default second.
configure({ asyncUtilTimeout: 5000 });

function fakeApi(plan: ReturnType<typeof submittedPlan>) {
  return installFakeApi({
    'GET /api/me': () => reply(meResponseSchema, principalMe()),
    [`GET ${planPath}`]: () => reply(planSchema, plan),
    [`GET ${planPath}/options`]: () => reply(planOptionsResponseSchema, planOptions()),
    [`GET ${planPath}/history`]: () =>
      reply(planHistoryResponseSchema, { versions: [], decisions: [] }),
  });
}

describe('review page: what changed since the returned version (issue 11)', () => {
  it('lists per part of the plan what was added, removed and changed', async () => {
    fakeApi(
      submittedPlan({
        submissionCount: 2,
        changes: {
          fromVersion: 1,
          toVersion: 2,
          sections: [
            {
              tab: 'competency',
              label: 'Pengembangan Kompetensi',
              changes: [
                { kind: 'added', text: 'Ditambahkan: Narasumber berbagi praktik baik' },
                { kind: 'removed', text: 'Dihapus: Peserta pelatihan mandiri' },
              ],
            },
            {
              tab: 'additional_duties',
              label: 'Tugas Tambahan',
              changes: [
                {
                  kind: 'changed',
                  text: 'SK/Surat Tugas Wali kelas diganti dari "SK 1" menjadi "SK 7"',
                },
              ],
            },
          ],
        },
      }),
    );
    renderAppAt(`/periksa/${planIdOf(2)}`);
    const card = await screen.findByRole('region', { name: 'Apa yang berubah' });
    expect(card.textContent).toContain(
      'Perbedaan versi 2 yang diajukan Andi Wijaya, S.Pd. dengan versi 1 sebelumnya',
    );
    const parts = within(card).getAllByRole('heading', { level: 3 });
    expect(parts.map((heading) => heading.textContent)).toEqual([
      'Pengembangan Kompetensi',
      'Tugas Tambahan',
    ]);
    const items = within(card).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Ditambahkan: Narasumber berbagi praktik baik',
      'Dihapus: Peserta pelatihan mandiri',
      'SK/Surat Tugas Wali kelas diganti dari "SK 1" menjadi "SK 7"',
    ]);
  });

  it('says when the new version is the same, and shows nothing before a second submission', async () => {
    fakeApi(
      submittedPlan({
        submissionCount: 2,
        changes: { fromVersion: 1, toVersion: 2, sections: [] },
      }),
    );
    const first = renderAppAt(`/periksa/${planIdOf(2)}`);
    const card = await screen.findByRole('region', { name: 'Apa yang berubah' });
    expect(card.textContent).toContain('Isi versi 2 sama dengan versi 1; tidak ada yang diubah.');
    first.unmount();

    fakeApi(submittedPlan({ changes: null }));
    renderAppAt(`/periksa/${planIdOf(2)}`);
    await screen.findByRole('button', { name: 'Kembalikan' });
    expect(screen.queryByRole('region', { name: 'Apa yang berubah' })).toBeNull();
  });
});
