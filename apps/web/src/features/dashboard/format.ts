import type { Locale } from '../../lib/i18n/i18n';

const formatters = new Map<Locale, Intl.NumberFormat>();

/** A count or a one-decimal figure in the reader's locale ("1.234", "62,5"). */
export function formatNumber(value: number, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      maximumFractionDigits: 1,
    });
    formatters.set(locale, formatter);
  }
  return formatter.format(value);
}

/** `part` of `whole` as a percentage with one decimal; 0 when `whole` is 0 (as the server does). */
export const percentOf = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;

/** "62,5%" in the reader's locale. */
export const formatPercent = (value: number, locale: Locale): string =>
  `${formatNumber(value, locale)}%`;
