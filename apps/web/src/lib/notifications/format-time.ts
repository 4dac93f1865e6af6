import type { Locale } from '../i18n/i18n';
import { readerTimeZone } from '../i18n/reader-time';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A moment in the school's legal time with its label, e.g. "8 Jan 2026, 09.15 WIB" (notification times). */
export function formatDateTime(iso: string, locale: Locale): string {
  const zone = readerTimeZone();
  const key = `${locale}-${zone.ianaZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: zone.ianaZone,
    });
    formatters.set(key, formatter);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${formatter.format(date)} ${zone.label}`;
}
