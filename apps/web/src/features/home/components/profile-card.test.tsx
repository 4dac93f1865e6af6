import type { RoleCode } from '@kinerja/contract';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { makeMe } from '../../../test/fake-api';
import { ProfileCard } from './profile-card';
import { loadAllMessagePacks } from '../../../lib/i18n/message-packs';

// In the app each area's texts arrive with its pages (message-packs.ts); here all at once.
await loadAllMessagePacks();

afterEach(cleanup);

/** The note under "Data diri" for a person acting in one role. */
function noteFor(role: RoleCode): string | null {
  const me = makeMe({
    roles: [
      { role, label: role, schoolId: null, schoolName: null, dinasId: null, dinasName: null },
    ],
    activeRole: role,
  });
  render(
    <I18nProvider>
      <ProfileCard me={me} />
    </I18nProvider>,
  );
  return (
    screen.getByRole('region', { name: 'Data diri' }).querySelector('.note')?.textContent ?? null
  );
}

describe('"Data diri" says truthfully where the data comes from (issue #11 finding 7)', () => {
  it.each<[RoleCode, string | null]>([
    [
      'teacher',
      'Nama, satuan pendidikan dan NIP berasal dari Dapodik. Bila ada yang tidak sesuai, hubungi Operator Sekolah.',
    ],
    [
      'principal_supervisor',
      'Nama, satuan pendidikan dan NIP berasal dari Dapodik. Bila ada yang tidak sesuai, hubungi Operator Sekolah.',
    ],
    [
      'school_operator',
      'Nama, satuan pendidikan dan NIP berasal dari Dapodik. Perbaiki data yang tidak sesuai lewat Impor Data Dapodik.',
    ],
    [
      'dinas_official',
      'Nama dan NIP Anda berasal dari data kepegawaian Dinas Pendidikan. Bila ada yang tidak sesuai, hubungi Admin.',
    ],
    [
      'pengawas',
      'Nama dan NIP Anda berasal dari data kepegawaian Dinas Pendidikan. Bila ada yang tidak sesuai, hubungi Admin.',
    ],
    ['admin', null],
  ])('%s', (role, expected) => {
    expect(noteFor(role)).toBe(expected);
  });
});
