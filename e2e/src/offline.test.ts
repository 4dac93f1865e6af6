import type { Plan, PracticeCycle } from '@kinerja/contract';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { browserSuite, expectNoPageErrors, PHONE, signIn, useBrowserAndServer } from './harness.js';
import { expectTab, startPlan, TAB, type Person, type PlanChoices } from './planning-support.js';
import { apiAs, fillAndSubmitPlan, type Answer } from './planning-supervision-api.js';

// Issue 17, "Done when": an observation (step B) rated with the network cut, reloaded offline and
// sent once on reconnect, then a conflict with a second device shown and resolved (2025 execution
// window); then, with the clock moved to the 2026 planning window, the installable app (manifest +
// service worker criteria of Lighthouse's installability audit) and the same for a plan draft.

const ANDI: Person = { email: 'andi.wijaya@guru.sma.belajar.id', name: 'Andi Wijaya, S.Pd.' };
/** Observed by the principal in 2025 (a teacher other than Andi, whose 2026 plan comes next). */
const RINA = 'rina.marlina@guru.sma.belajar.id';
const SITI = 'siti.rahmawati@guru.sma.belajar.id';
const EXECUTION_2025 = '2025-03-10T09:00:00+07:00';
const PLANNING_2026 = '2026-01-10T09:00:00+07:00';
const SENT = /^Terkirim \d{2}\.\d{2} WIB$/;
const TABS_2026: PlanChoices['tabs'] = [
  TAB.prePlanning,
  TAB.mainDuties,
  TAB.practice,
  TAB.competency,
  TAB.workBehaviour,
  TAB.summary,
];
const ON_DEVICE = 'Tersimpan di perangkat — belum terkirim';
const SK_FIELD = 'Nomor SK / Surat Tugas — Wali Kelas';

type ServerPlan = { version: number; content: unknown };

/** The caller's plan as the server has it now (through the worker, which asks the network first). */
async function serverPlan(page: Page): Promise<ServerPlan> {
  return page.evaluate(async () => {
    const response = await fetch('/api/plans/mine', { cache: 'no-store' });
    const body = (await response.json()) as { plan: ServerPlan };
    return body.plan;
  });
}

function expectOk<T>(what: string, answer: Answer<T>): T {
  if (answer.status !== 200) {
    throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/** Rina's 2025 plan approved by Siti and step A finished, all by API (the cycle's own test does it by hand). */
async function cycleAwaitingObservation(teacher: Page, principal: Page): Promise<string> {
  const teacherApi = await apiAs(teacher);
  expectOk('Ganti periode', await teacherApi.post('/api/me/period', { periodId: '2025' }));
  const submitted = await fillAndSubmitPlan(teacherApi, '2025');
  const principalApi = await apiAs(principal);
  expectOk('Ganti periode', await principalApi.post('/api/me/period', { periodId: '2025' }));
  const approved = expectOk(
    'approve',
    await principalApi.post<Plan>(`/api/plans/${submitted.id}/approve`, {
      version: submitted.version,
    }),
  );
  const base = `/api/plans/${submitted.id}/practice-cycle`;
  const cycle = expectOk('cycle', await teacherApi.get<PracticeCycle>(base));
  const targets = cycle.indicator.targets.slice(0, 10);
  const prepared = expectOk(
    'A',
    await teacherApi.put<PracticeCycle>(`${base}/preparation`, {
      version: cycle.version,
      // Target behaviours of the catalogue when it has them (then no written ones are allowed).
      focusBehaviourCodes: targets.map((target) => target.code),
      customFocusBehaviours: targets.length > 0 ? [] : ['Memberi penguatan positif'],
      scheduledDate: '2025-03-12',
      scheduledTime: '08:30',
      specificBehaviour: 'Menyepakati aturan kelas bersama murid di awal pelajaran.',
      effortsToReachTarget: 'Berlatih bersama rekan sejawat.',
    }),
  );
  expectOk('A selesai', await teacherApi.post(`${base}/preparation/finish`, prepared));
  return approved.id;
}

/** The cycle as the server has it now (through the worker, which asks the network first). */
async function serverCycle(page: Page, planId: string): Promise<PracticeCycle> {
  return page.evaluate(async (id) => {
    const response = await fetch(`/api/plans/${id}/practice-cycle`, { cache: 'no-store' });
    return (await response.json()) as PracticeCycle;
  }, planId);
}

/** What the app keeps on the device under `key`: in IndexedDB, and (the earlier store) localStorage. */
async function keptOnDevice(
  page: Page,
  key: string,
): Promise<{ indexedDb: string | null; localStorage: string | null }> {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('kinerja-device');
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error ?? new Error('open'));
    });
    const value = await new Promise<unknown>((resolve, reject) => {
      const reading = db.transaction('kept').objectStore('kept').get(wanted);
      reading.onsuccess = () => resolve(reading.result);
      reading.onerror = () => reject(reading.error ?? new Error('get'));
    });
    db.close();
    return {
      indexedDb: typeof value === 'string' ? value : null,
      localStorage: window.localStorage.getItem(wanted),
    };
  }, key);
}

/** The web manifest and what Lighthouse's installability audit asks of it and of the worker. */
async function expectInstallable(page: Page): Promise<void> {
  const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestUrl).toBe('/manifest.webmanifest');
  const facts = await page.evaluate(async (url) => {
    const response = await fetch(url);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      icons: Array<{ src: string; sizes: string; type: string; purpose: string }>;
    };
    // Each icon is a real PNG of the size it claims (width read from its IHDR).
    const icons = await Promise.all(
      manifest.icons.map(async (icon) => {
        const bytes = new DataView(await (await fetch(icon.src)).arrayBuffer());
        return { ...icon, width: bytes.getUint32(16), height: bytes.getUint32(20) };
      }),
    );
    const registration = await navigator.serviceWorker.ready;
    return {
      contentType: response.headers.get('content-type'),
      manifest,
      icons,
      scope: registration.scope,
      workerState: registration.active?.state,
    };
  }, manifestUrl ?? '');
  expect(facts.contentType).toMatch(/^application\/manifest\+json/);
  expect(facts.manifest).toMatchObject({
    name: 'Kinerja',
    short_name: 'Kinerja',
    start_url: '/',
    display: 'standalone',
    theme_color: '#0b4f8a',
  });
  const sizes = facts.icons.map((icon) => `${icon.purpose} ${icon.width}x${icon.height}`);
  expect(sizes).toEqual(['any 192x192', 'any 512x512', 'maskable 512x512']);
  for (const icon of facts.icons) expect(icon.sizes).toBe(`${icon.width}x${icon.height}`);
  expect(facts.scope).toBe(new URL('/', page.url()).href);
  // `ready` resolves once a worker is active, which may still be 'activating' for a moment.
  expect(['activating', 'activated']).toContain(facts.workerState);
  await expect
    .poll(() =>
      page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state ?? 'none'),
    )
    .toBe('activated');
  // The worker controls the page and answers the start URL: the offline criterion.
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

/** Cuts the phone off the network (the page and its service worker). */
async function goOffline(page: Page): Promise<void> {
  await page.context().setOffline(true);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
  // Data the worker never kept cannot come from anywhere: the cut reaches the worker too.
  const probe = await page.evaluate(() =>
    fetch('/api/me?nie-disimpan=1').then(
      (response) => response.status,
      () => 'no network',
    ),
  );
  expect(probe).toBe('no network');
}

browserSuite('Offline (issue 17) in the browser (phone)', () => {
  const app = useBrowserAndServer({
    env: () => ({ NODE_ENV: 'development', KINERJA_START_CLOCK_AT: EXECUTION_2025 }),
  });

  it('keeps an observation rated offline across a reload, sends it once, resolves a conflict', async () => {
    const teacher = await app.newPage(PHONE);
    await signIn(teacher, RINA);
    const phone = await app.newPage(PHONE, { serviceWorker: true });
    phone.on('dialog', (dialog) => void dialog.accept());
    await signIn(phone, SITI);
    const planId = await cycleAwaitingObservation(teacher, phone);
    await teacher.context().close();
    await expect
      .poll(() => phone.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    // Opened online once with the worker in charge, so it has seen the cycle's data.
    await phone.goto(`/pelaksanaan/siklus/${planId}`);
    const items = phone
      .getByRole('region', { name: 'B. Observasi Kinerja' })
      .locator('fieldset.exec-obs-item');
    await expect.poll(() => items.count()).toBeGreaterThan(2);
    const before = await serverCycle(phone, planId);

    // Offline in the classroom: ratings and a note are kept on the device, and it says so.
    await goOffline(phone);
    await items.nth(0).getByRole('radio', { name: 'Dilakukan dan Efektif', exact: true }).check();
    await items.nth(1).getByRole('radio', { name: 'Belum Dilakukan', exact: true }).check();
    await items.nth(0).getByLabel('Catatan perilaku 1').fill('Kesepakatan kelas ditempel.');
    const state = phone.getByTestId('save-state');
    await expect.poll(() => state.textContent()).toBe(ON_DEVICE);
    const backupKey = `kinerja.observation.${planId}`;
    const kept = await keptOnDevice(phone, backupKey);
    expect(kept.localStorage).toBeNull();
    expect(kept.indexedDb).toContain('Kesepakatan kelas ditempel.');

    // Reloaded offline: the page opens from the device with the ratings back.
    await phone.reload();
    await expect.poll(() => items.count()).toBe(before.observation.ratings.length);
    await expect.poll(() => state.textContent()).toBe(ON_DEVICE);
    expect(
      await items
        .nth(0)
        .getByRole('radio', { name: 'Dilakukan dan Efektif', exact: true })
        .isChecked(),
    ).toBe(true);
    expect(await items.nth(0).getByLabel('Catatan perilaku 1').inputValue()).toBe(
      'Kesepakatan kelas ditempel.',
    );

    // Back online: sent by itself, once (one new version), with both ratings and the note.
    await phone.context().setOffline(false);
    await expect.poll(() => state.textContent()).toMatch(SENT);
    const sent = await serverCycle(phone, planId);
    expect(sent.version).toBe(before.version + 1);
    const [first, second] = sent.observation.ratings;
    expect([first?.ratingLabel, first?.note]).toEqual([
      'Dilakukan dan Efektif',
      'Kesepakatan kelas ditempel.',
    ]);
    expect(second?.ratingLabel).toBe('Belum Dilakukan');

    // Offline again, the third behaviour rated here; meanwhile a laptop rates it otherwise.
    await goOffline(phone);
    await items
      .nth(2)
      .getByRole('radio', { name: 'Dilakukan tapi Belum Efektif', exact: true })
      .check();
    await expect.poll(() => state.textContent()).toBe(ON_DEVICE);
    const laptop = await app.newPage(PHONE);
    await signIn(laptop, SITI);
    await laptop.goto(`/pelaksanaan/siklus/${planId}`);
    const laptopItems = laptop.locator('fieldset.exec-obs-item');
    await expect.poll(() => laptopItems.count()).toBe(before.observation.ratings.length);
    await laptopItems.nth(2).getByRole('radio', { name: 'Belum Dilakukan', exact: true }).check();
    await expect.poll(() => laptop.getByTestId('save-state').textContent()).toMatch(/^Tersimpan/);

    // The phone reconnects: the clash is shown, the observer keeps hers, and it is sent.
    await phone.context().setOffline(false);
    await phone.getByRole('heading', { name: 'Penilaian diubah juga di perangkat lain' }).waitFor();
    await phone.getByRole('button', { name: 'Pakai penilaian saya' }).click();
    await expect.poll(() => state.textContent()).toMatch(/^(Terkirim|Tersimpan) \d{2}\.\d{2} WIB$/);
    const resolved = await serverCycle(laptop, planId);
    expect(resolved.observation.ratings[2]?.ratingLabel).toBe('Dilakukan tapi Belum Efektif');
    expect(resolved.observation.ratings[0]?.note).toBe('Kesepakatan kelas ditempel.');
    expect((await keptOnDevice(phone, backupKey)).indexedDb).toBeNull();

    // An entry the earlier version kept in localStorage moves to IndexedDB on the next start, once.
    const legacyKey = 'kinerja.planDraft.lama.1';
    await phone.evaluate((key) => window.localStorage.setItem(key, '{"isi":"lama"}'), legacyKey);
    await phone.reload();
    await expect.poll(() => items.count()).toBe(before.observation.ratings.length);
    expect(await keptOnDevice(phone, legacyKey)).toEqual({
      indexedDb: '{"isi":"lama"}',
      localStorage: null,
    });
    expectNoPageErrors(phone);
    expectNoPageErrors(laptop);
    await laptop.context().close();
    await phone.context().close();
    // Three sign-ins, two reconnects and a reload on a shared 2-core runner.
  }, 120_000);

  it('installs, keeps a draft typed offline across a reload, sends it once, resolves a conflict', async () => {
    await app.restart({ clock: PLANNING_2026 });
    const phone = await app.newPage(PHONE, { serviceWorker: true });
    // Reloading with typing not yet sent asks "leave the page?": the person says yes.
    phone.on('dialog', (dialog) => void dialog.accept());
    await signIn(phone, ANDI.email);
    await expectInstallable(phone);
    await startPlan(phone, { tabs: TABS_2026 } as PlanChoices);
    // Once more online, so the worker has seen the planning page's data.
    await phone.reload();
    await expectTab(phone, TAB.mainDuties);
    const before = await serverPlan(phone);

    // Offline: the typing is kept on the device and says so.
    await goOffline(phone);
    await phone.getByRole('checkbox', { name: 'Merencanakan pembelajaran', exact: true }).check();
    await phone.getByRole('checkbox', { name: /^Wali Kelas/ }).check();
    await phone.getByRole('textbox', { name: SK_FIELD }).fill('800/017/SMAN1/2026');
    await expect.poll(() => phone.getByTestId('save-status').textContent()).toBe(ON_DEVICE);

    // Reloaded offline, the app opens from the device and offers the typing back.
    await phone.reload();
    await phone.getByRole('heading', { name: 'Ada isian yang belum tersimpan' }).waitFor();
    await phone.getByRole('button', { name: 'Pulihkan isian' }).click();
    await expect.poll(() => phone.getByTestId('save-status').textContent()).toBe(ON_DEVICE);
    expect(await phone.getByRole('textbox', { name: SK_FIELD }).inputValue()).toBe(
      '800/017/SMAN1/2026',
    );

    // Back online: sent by itself, exactly once (one new version), with everything typed.
    await phone.context().setOffline(false);
    await expect
      .poll(() => phone.getByTestId('save-status').textContent())
      .toMatch(/^Terkirim \d{2}\.\d{2} WIB$/);
    const sent = await serverPlan(phone);
    expect(sent.version).toBe(before.version + 1);
    expect(JSON.stringify(sent.content)).toContain('800/017/SMAN1/2026');

    // Offline again; meanwhile a laptop saves the same plan.
    await goOffline(phone);
    await phone.getByRole('textbox', { name: SK_FIELD }).fill('800/018/SMAN1/2026 dari ponsel');
    await expect.poll(() => phone.getByTestId('save-status').textContent()).toBe(ON_DEVICE);
    const laptop = await app.newPage(PHONE, { serviceWorker: true });
    await signIn(laptop, ANDI.email);
    await laptop.goto('/rencana');
    await expectTab(laptop, TAB.mainDuties);
    await laptop.getByRole('checkbox', { name: 'Melaksanakan pembelajaran', exact: true }).check();
    await expect
      .poll(() => laptop.getByTestId('save-status').textContent())
      .toMatch(/^Tersimpan \d{2}\.\d{2} WIB$/);

    // The phone reconnects: the other device's save is shown, and the phone's typing is kept.
    await phone.context().setOffline(false);
    await phone.getByRole('heading', { name: 'Rencana ini diubah di perangkat lain' }).waitFor();
    await phone.getByRole('button', { name: 'Pakai isian saya' }).click();
    await expect
      .poll(() => phone.getByTestId('save-status').textContent())
      .toMatch(/^Terkirim \d{2}\.\d{2} WIB$/);
    const resolved = await serverPlan(laptop);
    expect(JSON.stringify(resolved.content)).toContain('800/018/SMAN1/2026 dari ponsel');
    expectNoPageErrors(phone);
    expectNoPageErrors(laptop);
    await laptop.context().close();
    await phone.context().close();
    // Two devices, three sign-ins and two reconnects on a shared 2-core runner.
  }, 120_000);
});
