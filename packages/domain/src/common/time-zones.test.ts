import { describe, expect, it } from 'vitest';
import { timeZoneOfLabel, timeZoneOfProvince } from './time-zones';

describe('Indonesian legal time of a province (WIB/WITA/WIT, fallback WIB)', () => {
  it.each([
    ['11', 'Aceh', 'WIB'],
    ['21', 'Kepulauan Riau', 'WIB'],
    ['31', 'DKI Jakarta', 'WIB'],
    ['32', 'Jawa Barat', 'WIB'],
    ['36', 'Banten', 'WIB'],
    ['61', 'Kalimantan Barat', 'WIB'],
    ['62', 'Kalimantan Tengah', 'WIB'],
    ['51', 'Bali', 'WITA'],
    ['53', 'Nusa Tenggara Timur', 'WITA'],
    ['63', 'Kalimantan Selatan', 'WITA'],
    ['65', 'Kalimantan Utara', 'WITA'],
    ['73', 'Sulawesi Selatan', 'WITA'],
    ['76', 'Sulawesi Barat', 'WITA'],
    ['81', 'Maluku', 'WIT'],
    ['82', 'Maluku Utara', 'WIT'],
    ['91', 'Papua', 'WIT'],
    ['92', 'Papua Barat', 'WIT'],
    ['96', 'Papua Barat Daya', 'WIT'],
    ['3204', 'Kabupaten Bandung (a regency code)', 'WIB'],
    ['7371', 'Kota Makassar (a regency code)', 'WITA'],
    ['', 'no province', 'WIB'],
    [null, 'unknown', 'WIB'],
    ['99x', 'garbage', 'WIT'],
    ['xx', 'garbage', 'WIB'],
  ])('%j (%s) is %s', (code, _name, label) => {
    expect(timeZoneOfProvince(code).label).toBe(label);
  });

  it('names the IANA zone a formatter needs', () => {
    expect(timeZoneOfProvince('32').ianaZone).toBe('Asia/Jakarta');
    expect(timeZoneOfProvince('73').ianaZone).toBe('Asia/Makassar');
    expect(timeZoneOfProvince('94').ianaZone).toBe('Asia/Jayapura');
  });

  it('reads a label back, falling back to WIB', () => {
    expect(timeZoneOfLabel('WITA').ianaZone).toBe('Asia/Makassar');
    expect(timeZoneOfLabel('WIT').ianaZone).toBe('Asia/Jayapura');
    expect(timeZoneOfLabel('UTC').label).toBe('WIB');
    expect(timeZoneOfLabel(undefined).label).toBe('WIB');
  });
});
