import { formatDate } from '../../lib/i18n/format-date';
import type { Locale } from '../../lib/i18n/i18n';
import { readerClock } from '../../lib/i18n/reader-time';

/** The calendar day of a timestamp in the school's legal time, e.g. "12 Januari 2026". */
export function formatDay(iso: string, locale: Locale): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return formatDate(readerClock(at).day, locale);
}
