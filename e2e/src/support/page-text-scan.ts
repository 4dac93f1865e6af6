import type { Page } from 'playwright-core';

// Issue #11 "Done when": every page a person sees is Indonesian prose from the message catalogues —
// no codes (snake_case), no ISO dates, no English interface words. Shared by the "a year in the
// life" suites (2026 and 2024); keep the name and signature of scanPageText and visit.

/** A code such as "not_started" or "wali_kelas". */
const SNAKE_CASE = /\b[a-z]+_[a-z_]+\b/g;
/** A date as the database writes it, e.g. "2026-01-31". */
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;

/**
 * English interface words, matched as whole words in Title case or CAPITALS (a CSS text-transform
 * shows in innerText). Not listed: "Status", an Indonesian word too (KBBI; the guides' "Status
 * Perencanaan Kinerja", "Status kepegawaian"), so it is never reported alone.
 */
const ENGLISH_WORDS = [
  'Submit',
  'Save',
  'Cancel',
  'Delete',
  'Edit',
  'Loading',
  'Error',
  'Back',
  'Next',
  'Dashboard',
  'Settings',
  'Logout',
  'Login',
  'Upload',
  'Download',
  'Draft',
  'Pending',
  'Approved',
  'Rejected',
];
const ENGLISH = new RegExp(
  `\\b(?:${ENGLISH_WORDS.map((w) => `${w}|${w.toUpperCase()}`).join('|')})\\b`,
  'g',
);
/**
 * Official labels of the guides that are English words: the Data Diri check offers "Data sudah
 * sesuai" or "Edit" (SEED3, Panduan Perencanaan Kinerja — domain.md §3.2). Allowed only as that
 * button (a line of its own) on the page that also offers "Data sudah sesuai".
 */
const OFFICIAL = [{ word: 'Edit', alone: /^Edit$/m, beside: 'Data sudah sesuai' }];
/** What a program prints when a value is missing: only ever lower case (or NaN) in code. */
const PROGRAM_WORDS = /\b(?:undefined|null|NaN|true|false)\b|\[object Object\]/g;

/** One text the page shows, and where it is (body text or an attribute). */
type Shown = { where: string; text: string };

/** Every problem in one text, as readable findings. */
export function findRawText(text: string): string[] {
  const hits: string[] = [];
  for (const match of text.matchAll(SNAKE_CASE)) hits.push(`kode "${match[0]}"`);
  for (const match of text.matchAll(ISO_DATE)) hits.push(`tanggal ISO "${match[0]}"`);
  const allowed = OFFICIAL.filter((o) => text.includes(o.beside) && o.alone.test(text));
  const english = allowed.reduce((rest, o) => rest.replace(o.alone, ''), text);
  for (const match of english.matchAll(ENGLISH)) hits.push(`kata Inggris "${match[0]}"`);
  for (const match of text.matchAll(PROGRAM_WORDS)) hits.push(`nilai program "${match[0]}"`);
  return hits;
}

/** The body's innerText and the title, aria-label and placeholder of every visible element. */
async function shownTexts(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const shown: Array<{ where: string; text: string }> = [
      { where: 'teks halaman', text: document.body.innerText },
    ];
    for (const element of Array.from(
      document.body.querySelectorAll('[title], [aria-label], [placeholder]'),
    )) {
      const visible =
        typeof element.checkVisibility === 'function'
          ? element.checkVisibility()
          : (element as HTMLElement).offsetParent !== null;
      if (!visible) continue;
      for (const name of ['title', 'aria-label', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) shown.push({ where: `${name} <${element.tagName.toLowerCase()}>`, text: value });
      }
    }
    return shown;
  });
}

/**
 * Reads what the page shows (body text, visible title/aria-label/placeholder) and throws listing
 * every raw code, ISO date and English interface word found, with `where` naming the page.
 */
export async function scanPageText(page: Page, where: string): Promise<void> {
  const problems: string[] = [];
  for (const shown of await shownTexts(page)) {
    for (const hit of findRawText(shown.text)) problems.push(`${hit} (${shown.where})`);
  }
  if (problems.length === 0) return;
  const body = await page.evaluate(() => document.body.innerText);
  throw new Error(
    `${where} (${page.url()}): ${problems.length} teks mentah:\n- ${[...new Set(problems)].join('\n- ')}\n--- halaman ---\n${body.slice(0, 1500)}`,
  );
}

/** Requests of each page still in flight (fetches after a click, not only the first load). */
const inFlight = new WeakMap<Page, { count: number; last: number }>();

/** Starts counting the page's requests (call right after creating it; settle calls it too). */
export function track(page: Page): { count: number; last: number } {
  let state = inFlight.get(page);
  if (state) return state;
  const fresh = { count: 0, last: Date.now() };
  const done = () => {
    fresh.count = Math.max(0, fresh.count - 1);
    fresh.last = Date.now();
  };
  page.on('request', () => {
    fresh.count += 1;
    fresh.last = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  inFlight.set(page, fresh);
  state = fresh;
  return state;
}

/**
 * Waits until the page has settled: main is there, no request in flight for 300 ms, no "Memuat…"
 * left. (waitForLoadState('networkidle') only covers the first load of a single-page app.)
 */
export async function settle(page: Page, timeout = 15_000): Promise<void> {
  const state = track(page);
  await page.getByRole('main').first().waitFor({ timeout });
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline && (state.count > 0 || Date.now() - state.last < 300)) {
    await page.waitForTimeout(100);
  }
  await page
    .waitForFunction(() => !document.body.innerText.includes('Memuat…'), undefined, { timeout })
    .catch(() => undefined);
}

/** Waits for the page to settle, then scans its text (see scanPageText). */
export async function visit(page: Page, where: string): Promise<void> {
  await settle(page);
  await scanPageText(page, where);
}
