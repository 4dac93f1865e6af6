import { formatDate } from '../../lib/i18n/format-date';
import type { Locale } from '../../lib/i18n/i18n';

/** The calendar day of a timestamp on this device, e.g. "12 Januari 2026". */
export function formatDay(iso: string, locale: Locale): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (value: number) => String(value).padStart(2, '0');
  return formatDate(`${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`, locale);
}
