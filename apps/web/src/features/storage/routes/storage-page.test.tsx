import { meResponseSchema, storageUsageResponseSchema } from '@kinerja/contract';
import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply, replyError } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';

configure({ asyncUtilTimeout: 5000 });

const meAs = (role: 'admin' | 'dinas_official') =>
  makeMe({
    roles: [
      { role, label: role, schoolId: null, schoolName: null, dinasId: null, dinasName: null },
    ],
    activeRole: role,
  });

const usage = {
  store: 'local' as const,
  stored: { files: 1018, bytes: 1_288_490_189 },
  unreferenced: { files: 1003, bytes: 1_181_116_006 },
  graceHours: 24,
  temporary: { files: 2, bytes: 30_408_704 },
  temporaryMaxAgeHours: 1,
};

describe('Penyimpanan Berkas (/admin/penyimpanan)', () => {
  it('is in the Admin’s menu and shows the figures the Indonesian way', async () => {
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, meAs('admin')),
      'GET /api/admin/storage': () => reply(storageUsageResponseSchema, usage),
    });
    renderAppAt('/admin/penyimpanan');
    const stored = await screen.findByRole('rowheader', { name: 'Seluruh berkas tersimpan' });
    expect(stored.parentElement?.textContent).toBe('Seluruh berkas tersimpan1.018 berkas1,2 GB');
    expect(
      screen.getByRole('rowheader', { name: 'Tidak dipakai lagi, menunggu dihapus' }).parentElement
        ?.textContent,
    ).toBe('Tidak dipakai lagi, menunggu dihapus1.003 berkas1,1 GB');
    expect(
      screen.getByRole('rowheader', { name: 'Berkas sementara unggahan' }).parentElement
        ?.textContent,
    ).toBe('Berkas sementara unggahan2 berkas29 MB');
    expect(screen.getByRole('link', { name: 'Penyimpanan Berkas' })).toBeTruthy();
  });

  it('is not offered to other roles, and shows the server’s refusal if opened', async () => {
    const message = 'Hanya Admin yang dapat melihat pemakaian penyimpanan.';
    installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, meAs('dinas_official')),
      'GET /api/admin/storage': () =>
        replyError(403, { code: 'FORBIDDEN', message, requestId: 'r' }),
    });
    renderAppAt('/admin/penyimpanan');
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(screen.queryByRole('link', { name: 'Penyimpanan Berkas' })).toBeNull();
  });
});
