import { loginResponseSchema, oidcConfigResponseSchema } from '@kinerja/contract';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, reply, replyError, type FakeReply } from '../../../test/fake-api';
import { renderAppAt } from '../../../test/render-app';

const signedOut = {
  'GET /api/me': () =>
    replyError(401, { code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' }),
  'GET /api/auth/oidc/config': () => reply(oidcConfigResponseSchema, { enabled: false }),
};

describe('sign-in page (/masuk)', () => {
  it('shows the 400 response’s field errors next to the named field', async () => {
    const api = installFakeApi({
      ...signedOut,
      'POST /api/auth/login': () =>
        replyError(400, {
          code: 'VALIDATION_FAILED',
          message: 'Data tidak valid — email: Email tidak valid; contoh: nama@guru.sd.belajar.id',
          fields: [
            { field: 'email', message: 'Email tidak valid; contoh: nama@guru.sd.belajar.id' },
          ],
        }),
    });
    renderAppAt('/masuk');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), 'andi@guru.sma.belajar.id');
    await user.type(screen.getByLabelText('Kata sandi'), 'rahasia');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const errorId = email
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((id) => id.endsWith('-error'));
    expect(document.getElementById(errorId ?? '')?.textContent).toBe(
      'Email tidak valid; contoh: nama@guru.sd.belajar.id',
    );
    expect(screen.getByLabelText('Kata sandi').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getAllByRole('alert')[0]?.textContent).toBe('Periksa isian yang ditandai.');
    expect(api.calls.filter((c) => c.path === '/api/auth/login')).toHaveLength(1);
  });

  it('shows a general error in the alert area and sends only one request per click burst', async () => {
    let answer: (value: FakeReply) => void = () => undefined;
    const api = installFakeApi({
      ...signedOut,
      'POST /api/auth/login': () => new Promise<FakeReply>((resolve) => (answer = resolve)),
    });
    renderAppAt('/masuk');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), 'andi.wijaya@guru.sma.belajar.id');
    await user.type(screen.getByLabelText('Kata sandi'), 'salah-sekali');
    const button = screen.getByRole('button', { name: 'Masuk' });
    await user.click(button);
    await user.click(button);
    expect(screen.getByRole('button', { name: 'Sedang masuk…' })).toHaveProperty('disabled', true);
    expect(api.calls.filter((c) => c.path === '/api/auth/login')).toHaveLength(1);

    answer(
      replyError(401, { code: 'INVALID_CREDENTIALS', message: 'Email atau kata sandi salah.' }),
    );
    await screen.findByText('Email atau kata sandi salah.');
    expect(screen.getByRole('button', { name: 'Masuk' })).toHaveProperty('disabled', false);
    // A wrong password is not an ended session: the page stays as it is.
    expect(window.location.pathname).toBe('/masuk');
  });

  it('checks the form with the contract schema before calling the server', async () => {
    const api = installFakeApi({
      ...signedOut,
      'POST /api/auth/login': () =>
        reply(loginResponseSchema, { mustChangePassword: false, csrfToken: 'x' }),
    });
    renderAppAt('/masuk');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Masuk' }));
    expect(screen.getByLabelText('Kata sandi').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Kata sandi wajib diisi')).toBeTruthy();
    expect(api.calls.some((c) => c.path === '/api/auth/login')).toBe(false);
  });

  it('offers belajar.id when configured and explains an OIDC error code from ?galat=', async () => {
    installFakeApi({
      ...signedOut,
      'GET /api/auth/oidc/config': () => reply(oidcConfigResponseSchema, { enabled: true }),
    });
    renderAppAt(
      '/masuk?galat=OIDC_UNKNOWN_EMAIL&email=orang%40guru.sd.belajar.id&kembali=%2Foperator%2Fptk',
    );
    const link = await screen.findByRole('link', { name: 'Masuk dengan akun belajar.id' });
    expect(link.getAttribute('href')).toBe('/api/auth/oidc/start?returnTo=%2Foperator%2Fptk');
    expect(
      screen.getByText(/Email orang@guru\.sd\.belajar\.id belum terdaftar di Kinerja/),
    ).toBeTruthy();
  });

  it('"Lupa kata sandi?" explains that the school operator resets it', async () => {
    installFakeApi(signedOut);
    renderAppAt('/masuk');
    const user = userEvent.setup();
    const toggle = await screen.findByRole('button', { name: 'Lupa kata sandi?' });
    expect(screen.getByText(/diatur ulang oleh Operator Sekolah/).hidden).toBe(true);
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(/diatur ulang oleh Operator Sekolah/).hidden).toBe(false);
  });

  it('switches to English: page text, <html lang>, saved choice, Accept-Language on requests', async () => {
    const api = installFakeApi({
      ...signedOut,
      'POST /api/auth/login': () =>
        replyError(401, { code: 'INVALID_CREDENTIALS', message: 'Wrong email or password.' }),
    });
    renderAppAt('/masuk');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'English' }));
    // The English catalogue is downloaded on this first choice (issue 15 item 5).
    await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 15_000 });
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('kinerja.locale')).toBe('en');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    await user.type(screen.getByLabelText('Email'), 'andi.wijaya@guru.sma.belajar.id');
    await user.type(screen.getByLabelText('Password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('Wrong email or password.');
    const login = api.calls.find((c) => c.path === '/api/auth/login');
    expect(login?.headers['accept-language']).toBe('en');
  });
});
