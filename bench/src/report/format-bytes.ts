import { REPEAT_VISIT_TARGET_BYTES, type BytesReport } from '../bytes/run-bytes.js';
import { num, table } from './table.js';

const kb = (bytes: number) => num(bytes / 1024, 1);

/** The bytes-per-page scenario as a plain-text block. */
export function formatBytes(report: BytesReport): string {
  const title =
    'BYTES PER PAGE — built app, demo data, 360 px Chromium with its service worker; every byte ' +
    `through a counting proxy; repeat visit = the page opened again (target ≤ ${kb(REPEAT_VISIT_TARGET_BYTES)} KB)`;
  const rows = report.pages.map((p) => [
    p.page,
    p.who,
    kb(p.firstDown),
    kb(p.repeatDown),
    kb(p.repeatUp),
    p.repeatDown <= REPEAT_VISIT_TARGET_BYTES ? 'yes' : 'NO',
  ]);
  const header = ['page', 'who', 'first KB', 'repeat KB', 'repeat sent KB', '≤ target'];
  const errors = report.installabilityErrors;
  const install = `Chromium installability errors (Page.getInstallabilityErrors): ${errors.length ? errors.join(', ') : 'none'}`;
  return `${title}\n${table(header, rows)}\n${install}`;
}
