import { meResponseSchema, okResponseSchema } from '@kinerja/contract';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply, replyError } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';

const TEMPORARY = 'sementara-123';
const NEW_PASSWORD = 'kata-sandi-baru-2026';

describe('forced password change', () => {
  it('holds a person with a temporary password on /ganti-kata-sandi until it is changed', async () => {
    let mustChange = true;
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, makeMe({ mustChangePassword: mustChange })),
      'POST /api/auth/change-password': (call) => {
        const body = call.body as { currentPassword: string; newPassword: string };
        if (body.currentPassword !== TEMPORARY) {
          return replyError(400, {
            code: 'VALIDATION_FAILED',
            message: 'currentPassword: kata sandi saat ini salah.',
            fields: [{ field: 'currentPassword', message: 'Kata sandi saat ini salah.' }],
          });
        }
        mustChange = false;
        return reply(okResponseSchema, { ok: true });
      },
    });
    renderAppAt('/operator/ptk');
    await screen.findByRole('heading', { name: 'Ganti kata sandi' });
    expect(window.location.pathname).toBe('/ganti-kata-sandi');
    // No navigation or period/role choices while the password is temporary.
    expect(screen.queryByRole('navigation')).toBeNull();

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Kata sandi saat ini'), 'tebakan-salah');
    await user.type(screen.getByLabelText('Kata sandi baru'), NEW_PASSWORD);
    await user.type(screen.getByLabelText('Ulangi kata sandi baru'), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Simpan kata sandi' }));
    await screen.findByText('Kata sandi saat ini salah.');
    expect(window.location.pathname).toBe('/ganti-kata-sandi');

    await user.clear(screen.getByLabelText('Kata sandi saat ini'));
    await user.type(screen.getByLabelText('Kata sandi saat ini'), TEMPORARY);
    await user.click(screen.getByRole('button', { name: 'Simpan kata sandi' }));
    await waitFor(() => expect(window.location.pathname).toBe('/'));
    await screen.findByText('Selamat datang, Andi Wijaya, S.Pd.');
    const change = api.calls.filter((c) => c.path === '/api/auth/change-password');
    expect(change.at(-1)?.body).toEqual({ currentPassword: TEMPORARY, newPassword: NEW_PASSWORD });
    expect(change.at(-1)?.headers['x-csrf-token']).toBe('csrf-token-from-me');
  });

  it('refuses two different new passwords without calling the server', async () => {
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, makeMe({ mustChangePassword: true })),
    });
    renderAppAt('/');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Kata sandi saat ini'), TEMPORARY);
    await user.type(screen.getByLabelText('Kata sandi baru'), NEW_PASSWORD);
    await user.type(screen.getByLabelText('Ulangi kata sandi baru'), `${NEW_PASSWORD}!`);
    await user.click(screen.getByRole('button', { name: 'Simpan kata sandi' }));
    expect(screen.getByText('Kedua kata sandi baru tidak sama.')).toBeTruthy();
    expect(screen.getByLabelText('Ulangi kata sandi baru').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
  });
});

describe('an ended session', () => {
  it('sends the person to the sign-in page when an API call answers 401', async () => {
    installFakeApi({
      'GET /api/me': () =>
        reply(
          meResponseSchema,
          makeMe({
            roles: [
              {
                role: 'school_operator',
                label: 'Operator Sekolah',
                schoolId: 'school-a',
                schoolName: 'SMA Negeri 1 Contoh Bandung',
                dinasId: null,
                dinasName: null,
              },
            ],
            activeRole: 'school_operator',
          }),
        ),
      'GET /api/schools/school-a/staff': () =>
        replyError(401, { code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' }),
    });
    renderAppAt('/operator/ptk');
    await screen.findByRole('heading', { name: 'Masuk' });
    expect(window.location.pathname + window.location.search).toBe(
      '/masuk?kembali=%2Foperator%2Fptk',
    );
  });
});
