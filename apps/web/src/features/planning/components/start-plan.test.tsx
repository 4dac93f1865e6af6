import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { makeMine } from '../planning-test-data';
import { StartPlan } from './start-plan';
import { loadAllMessagePacks } from '../../../lib/i18n/message-packs';

// In the app each area's texts arrive with its pages (message-packs.ts); here all at once.
await loadAllMessagePacks();

afterEach(cleanup);

/** The "Mulai" hint a principal reads, for a period with or without the Tim Kinerja step. */
function principalHint(isTeamRequired: boolean): string {
  const mine = { ...makeMine(null), employeeKind: 'principal' as const, isTeamRequired };
  render(
    <I18nProvider>
      <StartPlan mine={mine} kind="principal" onStarted={() => undefined} />
    </I18nProvider>,
  );
  return screen.getByText(/^Klik "Mulai"/).textContent ?? '';
}

describe('the "Mulai" hint follows the rule set (issue #11 finding 7)', () => {
  it('2024 and 2025: a principal is not told to check a Tim Kinerja step that does not exist', () => {
    expect(principalHint(false)).toBe(
      'Klik "Mulai" untuk menyusun Perencanaan Kinerja Anda sebagai Kepala Sekolah: cek Data Diri, isi setiap bagian, lalu ajukan. Isian Anda tersimpan otomatis sebagai draf.',
    );
  });

  it('2026: the principal first confirms Tim Kinerja and Pejabat Penilai Kinerja', () => {
    expect(principalHint(true)).toContain('cek Data Diri, Tim Kinerja dan Pejabat Penilai Kinerja');
  });
});
