import { firstWindowStart } from '@kinerja/domain';
import { scheduleOfPeriod } from '../plans/plan-rules.js';
import type { PeriodRow } from './periods.repository.js';

/** ISO date (YYYY-MM-DD) of an instant, in Western Indonesia Time where the deadlines are set. */
export function isoDateInJakarta(now: Date): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The first day a period shows to users: its first window (Pra-Perencanaan if any) — domain.md §2.2. */
export const periodOpensOn = (period: PeriodRow): string =>
  firstWindowStart(scheduleOfPeriod(period));

/** Whether a period shows to users on a day: from its first window on (issue 13 item 1). */
export const isPeriodOpen = (period: PeriodRow, today: string): boolean =>
  periodOpensOn(period) <= today;

/**
 * The default period: the latest whose first window has started (so the 2027 Pra-Perencanaan makes
 * 2027 current while 2026's assessment still runs), else the first — domain.md §2.1, §2.2.
 */
export function currentPeriod(periods: PeriodRow[], now: Date): PeriodRow {
  const today = isoDateInJakarta(now);
  const chosen = periods.filter((p) => isPeriodOpen(p, today)).at(-1) ?? periods[0];
  if (!chosen) throw new Error('Tidak ada periode di basis data');
  return chosen;
}
