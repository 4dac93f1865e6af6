import {
  emailPreferenceResponseSchema,
  meResponseSchema,
  okResponseSchema,
} from '@kinerja/contract';
import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, makeMe, reply, replyError } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';

configure({ asyncUtilTimeout: 15_000 });

describe('email pages (issue 16 item 3)', () => {
  it('Pengaturan email shows the choice in Indonesian and saves a new one', async () => {
    const preference = {
      enabled: true,
      frequency: 'daily' as const,
      emailAddress: 'siti@guru.sma.belajar.id',
      isEmailAvailable: true,
    };
    const api = installFakeApi({
      'GET /api/me': () => reply(meResponseSchema, makeMe()),
      'GET /api/me/email-preference': () => reply(emailPreferenceResponseSchema, preference),
      'PUT /api/me/email-preference': () =>
        reply(emailPreferenceResponseSchema, { ...preference, frequency: 'immediate' }),
    });
    renderAppAt('/pengaturan/email');
    const daily = await screen.findByRole('radio', {
      name: 'Ringkasan harian (sekali sehari, pukul 06.00 WIB)',
    });
    expect((daily as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/siti@guru\.sma\.belajar\.id/)).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'Setiap ada pemberitahuan' }));
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByRole('status')).textContent).toBe('Pengaturan email tersimpan.');
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({
      enabled: true,
      frequency: 'immediate',
    });
  });

  it('the emailed link works signed out and changes nothing until confirmed', async () => {
    const api = installFakeApi({
      'GET /api/me': () =>
        replyError(401, { code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' }),
      'POST /api/email/unsubscribe': () => reply(okResponseSchema, { ok: true }),
    });
    renderAppAt('/berhenti-email?token=abc.def');
    const button = await screen.findByRole('button', { name: 'Berhenti menerima email' });
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(button);
    expect((await screen.findByRole('status')).textContent).toContain(
      'Anda tidak akan menerima email dari Kinerja lagi.',
    );
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({ token: 'abc.def' });
  });
});
