import type { Page } from 'playwright-core';

// Issue 11 "Done when": every page a person sees is Indonesian prose — no snake_case codes, no ISO
// dates, no English interface words. Scans what is read aloud too (title, aria-label, placeholder).

const SNAKE_CASE = /\b[a-z]+_[a-z_]+\b/g;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
// "Status" is English only alone: "Status kepegawaian" and "Status Perencanaan Kinerja" are the
// guides' own Indonesian labels.
const ENGLISH =
  /\b(?:Submit|Save|Cancel|Delete|Edit|Loading|Error|Back|Next|Dashboard|Settings|Logout|Login|Upload|Download|Draft|Pending|Approved|Rejected|undefined|null|NaN)\b|\bStatus\b(?! [A-Za-z])|\[object Object\]/g;

/** The page's visible text plus its title, aria-label and placeholder texts. */
async function pageTexts(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[title], [aria-label], [placeholder]')]
      .flatMap((element) =>
        ['title', 'aria-label', 'placeholder'].map((name) => element.getAttribute(name)),
      )
      .filter((value): value is string => Boolean(value));
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
}

/** Throws, listing each one, when the page shows a raw code, an ISO date or an English word. */
export async function scanPageText(page: Page, where: string): Promise<void> {
  const text = await pageTexts(page);
  const found = [
    ...[...text.matchAll(SNAKE_CASE)].map((match) => `kode "${match[0]}"`),
    ...[...text.matchAll(ISO_DATE)].map((match) => `tanggal ISO "${match[0]}"`),
    ...[...text.matchAll(ENGLISH)].map((match) => `kata Inggris "${match[0]}"`),
  ];
  if (found.length > 0) {
    throw new Error(`${where} (${page.url()}): ${[...new Set(found)].join(', ')}`);
  }
}
