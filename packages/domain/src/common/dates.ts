import { DomainError } from '../errors/domain-error';

/** A calendar date as `YYYY-MM-DD`; compares correctly as a string. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Western Indonesia Time (WIB, UTC+7): the default clock of the deadlines — domain.md §2.4. */
export const WIB_OFFSET_MINUTES = 7 * 60;

const MONTHS: { readonly [L in 'id' | 'en']: readonly string[] } = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The name of a month (1–12) as the guides write it: "Januari". */
export function monthName(month: number, locale: 'id' | 'en' = 'id'): string {
  return MONTHS[locale][month - 1] ?? '';
}

/** "2023-01-01" → "1 Januari 2023": how the guides write a date (never an ISO date to a person). */
export function formatLongDate(date: IsoDate, locale: 'id' | 'en' = 'id'): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return date;
  return `${day} ${MONTHS[locale][month - 1] ?? ''} ${year}`;
}

/** Whether a value is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Throws `INVALID_DATE` unless the value is a `YYYY-MM-DD` calendar date. */
export function assertIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new DomainError('INVALID_DATE', { details: { value } });
  return value;
}

/** The local calendar date of an instant, at a UTC offset (default WIB). */
export function toIsoDate(
  instant: Date | IsoDate,
  utcOffsetMinutes: number = WIB_OFFSET_MINUTES,
): IsoDate {
  if (typeof instant === 'string') return assertIsoDate(instant);
  if (Number.isNaN(instant.getTime())) {
    throw new DomainError('INVALID_DATE', { details: { value: 'Invalid Date' } });
  }
  return new Date(instant.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

function toUtcMs(date: IsoDate): number {
  return Date.parse(`${assertIsoDate(date)}T00:00:00Z`);
}

/** The date `days` after (or before, if negative) a date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(options: { from: IsoDate; to: IsoDate }): number {
  return Math.round((toUtcMs(options.to) - toUtcMs(options.from)) / DAY_MS);
}

/** Whether `date` lies within `[start, end]`, both inclusive. */
export function isWithin(date: IsoDate, window: { start: IsoDate; end: IsoDate }): boolean {
  return date >= window.start && date <= window.end;
}
