import type { Locale } from '../i18n/i18n';
import { formatDateTime } from '../plans/plan-summary';

/** When a form was saved, for "Tersimpan …": "HH.MM" (Indonesian) or "HH:MM" on this device's clock; the date too when not today. */
export function saveTime(at: Date, locale: Locale): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const time = `${pad(at.getHours())}${locale === 'id' ? '.' : ':'}${pad(at.getMinutes())}`;
  return at.toDateString() === new Date().toDateString()
    ? time
    : formatDateTime(at.toISOString(), locale);
}
