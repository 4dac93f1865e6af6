import type { PeriodRow } from './periods.repository.js';

/** ISO date (YYYY-MM-DD) of an instant, in Western Indonesia Time where the deadlines are set. */
export function isoDateInJakarta(now: Date): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The default period: the one running today, else the latest that has started, else the first (domain.md §2.1). */
export function currentPeriod(periods: PeriodRow[], now: Date): PeriodRow {
  const today = isoDateInJakarta(now);
  const running = periods.find((p) => p.startsOn <= today && today <= p.endsOn);
  const started = periods.filter((p) => p.startsOn <= today).at(-1);
  const chosen = running ?? started ?? periods[0];
  if (!chosen) throw new Error('Tidak ada periode di basis data');
  return chosen;
}
