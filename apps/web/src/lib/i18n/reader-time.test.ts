import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime as notificationTime } from '../notifications/format-time';
import { formatDateTime } from './format-date-time';
import { readerClock, readerTime, setReaderTimeZone } from './reader-time';

// Times are read in the school's legal time whatever the device's zone (issue 11, 2024-S1 findings).
describe('times in the legal time of the school (WIB/WITA/WIT)', () => {
  afterEach(() => setReaderTimeZone(undefined));
  const at = new Date('2024-01-31T17:30:00Z');

  it('shows WIB by default, a day later than UTC after 17.00', () => {
    expect(readerClock(at)).toEqual({ day: '2024-02-01', hours: '00', minutes: '30' });
    expect(readerTime(at, 'id')).toBe('00.30 WIB');
    expect(formatDateTime(at.toISOString(), 'id')).toBe('1 Februari 2024 00.30 WIB');
  });

  it('follows the zone /api/me names', () => {
    setReaderTimeZone('WITA');
    expect(readerTime(at, 'id')).toBe('01.30 WITA');
    setReaderTimeZone('WIT');
    expect(readerTime(at, 'en')).toBe('02:30 WIT');
    expect(notificationTime(at.toISOString(), 'id')).toMatch(/02\.30 WIT$/);
  });
});
