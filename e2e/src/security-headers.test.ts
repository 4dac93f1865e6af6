import { expect, it } from 'vitest';
import {
  browserSuite,
  DESKTOP,
  expectNoPageErrors,
  signIn,
  useBrowserAndServer,
} from './harness.js';

const TEACHER = { email: 'andi.wijaya@guru.sma.belajar.id', name: 'Andi Wijaya, S.Pd.' };

type Violation = { directive: string; blockedURI: string; sample: string };

browserSuite('the app runs under its Content-Security-Policy', () => {
  const app = useBrowserAndServer();

  it('loads sign-in and home with no CSP violation (issue 12 finding 5)', async () => {
    const page = await app.newPage(DESKTOP);
    // Injected by the browser driver before any page script, so the policy does not block it.
    await page.addInitScript(() => {
      const seen: Violation[] = [];
      (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push({
          directive: event.violatedDirective,
          blockedURI: event.blockedURI,
          sample: event.sample,
        });
      });
    });
    const consoleReports: string[] = [];
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) consoleReports.push(message.text());
    });
    const violations = async (): Promise<Violation[]> =>
      page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);

    const landing = await page.goto('/masuk');
    const csp = landing?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Masuk');
    expect(await violations()).toEqual([]);

    await signIn(page, TEACHER.email);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain(`Selamat datang, ${TEACHER.name}`);
    expect(await violations()).toEqual([]);
    expect(consoleReports).toEqual([]);
    expectNoPageErrors(page);
  });
});
