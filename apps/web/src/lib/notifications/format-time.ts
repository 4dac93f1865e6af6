import type { Locale } from '../i18n/i18n';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** A moment in the reader's time zone, e.g. "8 Jan 2026, 09.15" (notification times). */
export function formatDateTime(iso: string, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    formatters.set(locale, formatter);
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
}
