import { afterAll, expect, it } from 'vitest';
import {
  startOidcTestProvider,
  type OidcTestAccount,
  type OidcTestProvider,
} from '../../apps/server/src/test/oidc-test-provider.js';
import {
  browserSuite,
  checkA11y,
  expectNoPageErrors,
  PHONE,
  screenshot,
  useBrowserAndServer,
} from './harness.js';
import { freePort } from './server.js';

const TEACHER = { email: 'joko.prasetyo@guru.smp.belajar.id', name: 'Joko Prasetyo, S.Pd.' };
const STRANGER = 'orang.baru@guru.smp.belajar.id';

browserSuite('"Masuk dengan akun belajar.id" against a local OpenID Connect provider', () => {
  const accounts: OidcTestAccount[] = [
    { id: TEACHER.email, email: TEACHER.email, hd: 'guru.smp.belajar.id' },
    { id: STRANGER, email: STRANGER, hd: 'guru.smp.belajar.id' },
  ];
  let provider: OidcTestProvider | undefined;
  let port = 0;
  const app = useBrowserAndServer({
    // The provider must know Kinerja's callback address before Kinerja starts.
    env: async () => {
      port = await freePort();
      provider = await startOidcTestProvider({
        redirectUri: `http://127.0.0.1:${port}/api/auth/oidc/callback`,
        accounts,
      });
      return {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        OIDC_ALLOW_INSECURE: 'true',
      };
    },
    port: () => port,
  });
  afterAll(async () => {
    await provider?.close();
  });

  const signInAtProvider = async (page: import('playwright-core').Page, account: string) => {
    await page.getByRole('link', { name: 'Masuk dengan akun belajar.id' }).click();
    await page.waitForURL((url) => url.origin === provider?.issuer);
    await page.getByLabel('ID akun').fill(account);
    await page.getByRole('button', { name: 'Masuk' }).click();
  };

  it('a demo teacher signs in with belajar.id and lands on home (phone)', async () => {
    const page = await app.newPage(PHONE);
    await page.goto('/');
    await page.waitForURL('**/masuk');
    await page.getByRole('link', { name: 'Masuk dengan akun belajar.id' }).waitFor();
    await checkA11y(page, 'sign-in with belajar.id offered');
    await screenshot(page, 'sign-in-belajar-id', PHONE);

    await signInAtProvider(page, TEACHER.email);
    await page.waitForURL((url) => url.origin === app.baseUrl() && url.pathname === '/');
    await expect
      .poll(() => page.getByRole('main').textContent(), { timeout: 15_000 })
      .toContain(`Selamat datang, ${TEACHER.name}`);
    // The school card follows once "Yang perlu dilakukan" has loaded (no layout shift, issue 15).
    await expect.poll(() => page.getByRole('main').textContent()).toContain('SMP Negeri Contoh 3');
    expect(await page.getByTestId('active-role').textContent()).toBe('Guru sebagai Pegawai');
    // A belajar.id session has no local password to change.
    await page.getByRole('button', { name: TEACHER.name, exact: true }).click();
    expect(await page.getByRole('link', { name: 'Ganti kata sandi' }).count()).toBe(0);
    await checkA11y(page, 'home after belajar.id');
    expectNoPageErrors(page);
    await page.context().close();
  });

  it('an account unknown to Kinerja comes back to the sign-in page with the reason (phone)', async () => {
    const page = await app.newPage(PHONE);
    await page.goto('/masuk');
    await signInAtProvider(page, STRANGER);
    await page.waitForURL((url) => url.origin === app.baseUrl() && url.pathname === '/masuk');
    const alert = page.getByRole('alert').filter({ hasText: STRANGER });
    await expect.poll(() => alert.textContent()).toContain('belum terdaftar di Kinerja');
    await checkA11y(page, 'sign-in with an OIDC error');
    expectNoPageErrors(page);
    await page.context().close();
  });
});
