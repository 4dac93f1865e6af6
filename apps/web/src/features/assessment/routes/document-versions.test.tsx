import {
  assessmentPageSchema,
  issuedDocumentVersionSchema,
  meResponseSchema,
  type DocumentVersions,
} from '@kinerja/contract';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, reply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';
import { ASSESSMENT_ID, PLAN_ID, assessmentPage, principalMe } from '../test/assessment-test-data';

configure({ asyncUtilTimeout: 5000 });

const pagePath = `/api/plans/${PLAN_ID}/assessment`;
const HASH_1 = 'a'.repeat(64);
const HASH_2 = 'b'.repeat(64);
const first = {
  versionNumber: 1,
  documentNumber: 'DEK/2026/000007/V1',
  issuedAt: '2026-12-10T03:00:00.000Z',
  reason: 'finalize' as const,
  verificationCode: '0123456789ABCDEF',
  fileHash: HASH_1,
};

function finalPage(documentVersions: DocumentVersions) {
  const page = assessmentPage({
    state: 'final',
    version: 3,
    workResult: 'meets_expectations',
    workBehaviour: 'meets_expectations',
    predikat: { code: 'baik', label: 'Baik', isPreview: false },
  });
  return { ...page, documentVersions };
}

describe('assessor page: the final document\'s versions and "Terbitkan versi baru" (issue 14 item 5, domain.md §5.6)', () => {
  it('lists the numbered versions, names the later facts, asks once and issues the next number', async () => {
    let issued = false;
    const { calls } = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, principalMe()),
      [`GET ${pagePath}`]: () =>
        reply(
          assessmentPageSchema,
          issued
            ? finalPage({
                versions: [
                  {
                    ...first,
                    versionNumber: 2,
                    documentNumber: 'DEK/2026/000009/V2',
                    issuedAt: '2027-01-05T02:00:00.000Z',
                    reason: 'reissue',
                    fileHash: HASH_2,
                  },
                  first,
                ],
                laterFacts: [],
                canReissue: true,
              })
            : finalPage({
                versions: [first],
                laterFacts: [
                  {
                    label: 'Capaian Kinerja Organisasi',
                    before: 'Belum ditetapkan',
                    after: 'Baik',
                  },
                ],
                canReissue: true,
              }),
        ),
      [`POST /api/assessments/${ASSESSMENT_ID}/document-versions`]: () => {
        issued = true;
        return reply(
          issuedDocumentVersionSchema,
          { versionNumber: 2, documentNumber: 'DEK/2026/000009/V2', verificationCode: 'X' },
          201,
        );
      },
    });
    renderAppAt(`/penilaian/${PLAN_ID}`);
    const user = userEvent.setup();
    const card = await screen.findByRole('region', { name: 'Versi Dokumen Evaluasi Kinerja' });
    const [only] = within(card).getAllByTestId('document-version');
    expect(only!.textContent).toContain('Versi 1 (berlaku)');
    expect(only!.textContent).toContain('DEK/2026/000007/V1');
    expect(only!.textContent).toContain('10 Desember 2026');
    expect(only!.textContent).toContain('Ditetapkan');
    expect(only!.textContent).toContain(HASH_1);
    expect(within(card).getByTestId('document-later-facts').textContent).toBe(
      'Capaian Kinerja Organisasi: Belum ditetapkan → Baik',
    );

    // Cancelling issues nothing; confirming names the version, the person and the facts.
    await user.click(within(card).getByRole('button', { name: 'Terbitkan versi baru' }));
    let dialog = screen.getByRole('dialog', { name: 'Terbitkan versi baru dokumen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
    await user.click(within(card).getByRole('button', { name: 'Terbitkan versi baru' }));
    dialog = screen.getByRole('dialog', { name: 'Terbitkan versi baru dokumen?' });
    expect(dialog.textContent).toContain('Versi 2 Dokumen Evaluasi Kinerja Andi Wijaya, S.Pd.');
    expect(dialog.textContent).toContain('Andi Wijaya, S.Pd. akan diberi tahu.');
    expect(dialog.textContent).toContain('Capaian Kinerja Organisasi: Belum ditetapkan → Baik');
    await user.click(within(dialog).getByRole('button', { name: 'Terbitkan versi 2' }));

    expect(
      await screen.findByText('Versi 2 diterbitkan dengan nomor DEK/2026/000009/V2.'),
    ).toBeTruthy();
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.body).toEqual({ isConfirmed: true });
    const versions = within(card).getAllByTestId('document-version');
    expect(versions.map((item) => item.querySelector('h3')?.textContent)).toEqual([
      'Versi 2 (berlaku)',
      'Versi 1',
    ]);
    expect(versions[0]!.textContent).toContain('Versi baru diterbitkan');
    expect(within(card).queryByRole('button', { name: 'Terbitkan versi baru' })).toBeNull();
    expect(card.textContent).toContain('Tidak ada fakta yang berubah sejak versi terakhir');
  });
});
