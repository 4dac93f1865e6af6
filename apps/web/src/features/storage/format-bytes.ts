import type { Locale } from '../../lib/i18n/i18n';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** A size in the reader's locale with binary units, e.g. "1,2 GB" (id) or "1.2 GB" (en). */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const format = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    maximumFractionDigits: unit === 0 ? 0 : 1,
  });
  return `${format.format(value)} ${UNITS[unit]}`;
}

/** A count in the reader's locale ("1.018"). */
export const formatCount = (value: number, locale: Locale): string =>
  new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB').format(value);
