import { it } from 'vitest';
import { browserSuite, useBrowserAndServer } from '../harness.js';
import { praPerencanaan } from './stage-1-pra.js';
import { headlessSchoolGetsPlt } from './headless-school.js';
import { perencanaan } from './stage-2-perencanaan.js';
import { pelaksanaan } from './stage-3-pelaksanaan.js';
import { documents, penilaianBySchools, penilaianOfPrincipal } from './stage-4-penilaian.js';
import { CLOCK } from './texts.js';
import type { Year } from './year.js';

// Issue #11 "Done when", 2026: the year of the demo region at 360 px. ONE server for the file,
// restarted on the same data with the clock in each stage (rule set 2026, domain.md §2.4):
// Pra-Perencanaan, Perencanaan, Pelaksanaan, Penilaian. People sign in at "/" and move by menus and
// home to-dos; every page visited is scanned for codes, ISO dates and English words
// (support/page-text-scan). Screenshots of every home at every stage: $YEAR26_SHOTS (steps.ts).
// The steps depend on each other in order: a failed step fails the ones after it.

const STEP = 600_000;

browserSuite('a year in the life, 2026, at 360 px (issue #11)', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: CLOCK.praPerencanaan }),
  });
  const year: Year = { app, plans: {} };

  it('Pra-Perencanaan (5 Januari): Tim Kinerja; Data Diri', () => praPerencanaan(app), STEP);

  it(
    'Perencanaan (20 Januari): every plan made on its page, approved and returned; the Plt plans too',
    async () => {
      await app.restart({ clock: CLOCK.perencanaan });
      await perencanaan(year);
    },
    STEP,
  );

  it(
    'Perencanaan (20 Januari): the school without a principal gets a Plt from Dapodik, who plans',
    () => headlessSchoolGetsPlt(year),
    STEP,
  );

  it(
    'Pelaksanaan (15 Juni): documents on the page, Siklus, confirmations by the principal and the Dinas',
    async () => {
      await app.restart({ clock: CLOCK.pelaksanaan });
      await pelaksanaan(year);
    },
    STEP,
  );

  it(
    'Penilaian (7 Desember): the principal and both Plts assess their teachers',
    async () => {
      await app.restart({ clock: CLOCK.penilaian });
      await penilaianBySchools(year);
    },
    STEP,
  );

  it(
    "Penilaian (7 Desember): the pengawas' Rekomendasi; the Dinas assesses the principal",
    () => penilaianOfPrincipal(year),
    STEP,
  );

  it('every employee downloads the documents of 2026 from a page', () => documents(year), STEP);
});
