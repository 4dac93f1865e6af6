import { timeZoneOfLabel, type IndonesianTimeZone } from '@kinerja/domain';

// Times are shown in the legal time of the person's school province (WIB/WITA/WIT, from GET /api/me),
// never in the device's zone: a phone set to another zone must still read the school's clock.

let readerZone: IndonesianTimeZone = timeZoneOfLabel(undefined);
const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** Sets the zone of the signed-in person (called when /api/me is read); unknown → WIB. */
export function setReaderTimeZone(label: string | null | undefined): void {
  readerZone = timeZoneOfLabel(label);
}

/** The zone times are shown in, e.g. { label: 'WITA', ianaZone: 'Asia/Makassar' }. */
export function readerTimeZone(): IndonesianTimeZone {
  return readerZone;
}

/** A moment's calendar day ("YYYY-MM-DD") and wall-clock time in the reader's zone. */
export function readerClock(at: Date): { day: string; hours: string; minutes: string } {
  let formatter = partFormatters.get(readerZone.ianaZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone: readerZone.ianaZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partFormatters.set(readerZone.ianaZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    hours: parts.hour ?? '00',
    minutes: parts.minute ?? '00',
  };
}

/** "09.15 WIB" (Indonesian) or "09:15 WIB": the time of a moment with its zone label. */
export function readerTime(at: Date, locale: 'id' | 'en'): string {
  const { hours, minutes } = readerClock(at);
  return `${hours}${locale === 'id' ? '.' : ':'}${minutes} ${readerZone.label}`;
}
