import type { Locale } from '../i18n/i18n';
import { readerClock, readerTime } from '../i18n/reader-time';
import { formatDateTime } from '../i18n/format-date-time';

/** When a form was saved, for "Tersimpan …": "HH.MM WIB" (Indonesian) or "HH:MM WIB" in the school's legal time; the date too when not today. */
export function saveTime(at: Date, locale: Locale): string {
  return readerClock(at).day === readerClock(new Date()).day
    ? readerTime(at, locale)
    : formatDateTime(at.toISOString(), locale);
}
