import type { Locale } from './i18n';

const months: Record<Locale, string[]> = {
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

type Parts = { day: number; month: string; year: number };

// Dates are calendar days (YYYY-MM-DD) in the school's time zone; parsing them by hand avoids
// Date's UTC shift and keeps month names identical on every phone.
function parts(iso: string, locale: Locale): Parts {
  const [year, month, day] = iso.split('-').map(Number);
  return { day: day ?? 1, month: months[locale][(month ?? 1) - 1] ?? '', year: year ?? 0 };
}

/** One calendar day, e.g. "8 Januari 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const p = parts(iso, locale);
  return `${p.day} ${p.month} ${p.year}`;
}

/** A window of days, shortest form: "8–31 Januari 2026", "1 Februari – 30 November 2026". */
export function formatDateRange(from: string, to: string, locale: Locale): string {
  const a = parts(from, locale);
  const b = parts(to, locale);
  if (a.year !== b.year) return `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${b.month} ${b.year}`;
  if (a.day !== b.day) return `${a.day}–${b.day} ${b.month} ${b.year}`;
  return formatDate(from, locale);
}
