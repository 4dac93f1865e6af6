import { formatDate } from './format-date';
import type { Locale } from './i18n';
import { readerClock, readerTime } from './reader-time';

/** A timestamp in the school's legal time, e.g. "12 Januari 2026 09.15 WIB" (Indonesian uses a dot). */
export function formatDateTime(iso: string, locale: Locale): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${formatDate(readerClock(at).day, locale)} ${readerTime(at, locale)}`;
}
