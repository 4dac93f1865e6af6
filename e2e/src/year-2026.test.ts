import { it } from 'vitest';
import { browserSuite, expectNoPageErrors, useBrowserAndServer } from './harness.js';
import { home, PEOPLE, type Who } from './year-2026/steps.js';

// Discovery pass: every role's home at every stage of 2026 (temporary).
const STAGES = {
  praPerencanaan: '2026-01-05T09:00:00+07:00',
  perencanaan: '2026-01-20T09:00:00+07:00',
  pelaksanaan: '2026-06-15T09:00:00+07:00',
  penilaian: '2026-12-07T09:00:00+07:00',
} as const;

browserSuite('a year in the life, 2026, at 360 px (issue #11)', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: STAGES.praPerencanaan }),
  });
  for (const [stage, clock] of Object.entries(STAGES)) {
    it(`${stage}: every home`, async () => {
      if (stage !== 'praPerencanaan') await app.restart({ clock });
      const problems: string[] = [];
      for (const who of Object.keys(PEOPLE) as Who[]) {
        try {
          const { page, due } = await home(app, who, stage);
          const links = await page.getByRole('main').getByRole('link').allTextContents();
          console.log(`## ${stage} ${who}\n${due}\nLINKS: ${links.join(' | ')}`);
          expectNoPageErrors(page);
          await page.context().close();
        } catch (error) {
          problems.push(`${who}: ${(error as Error).message.slice(0, 800)}`);
        }
      }
      if (problems.length) throw new Error(problems.join('\n\n'));
    }, 300_000);
  }
});
