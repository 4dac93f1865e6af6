// Indonesia keeps three legal times (Keppres 41/1987): WIB (UTC+7), WITA (UTC+8) and WIT (UTC+9).
// Times a person reads are shown in the time of their school's province, with its label, so a
// teacher in Makassar and an official in Jakarta read the same moment as their own clocks do.

/** One Indonesian legal time: its label and the IANA zone a formatter uses. */
export type IndonesianTimeZone = {
  readonly label: 'WIB' | 'WITA' | 'WIT';
  readonly ianaZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
};

const WIB: IndonesianTimeZone = { label: 'WIB', ianaZone: 'Asia/Jakarta' };
const WITA: IndonesianTimeZone = { label: 'WITA', ianaZone: 'Asia/Makassar' };
const WIT: IndonesianTimeZone = { label: 'WIT', ianaZone: 'Asia/Jayapura' };

/**
 * Province codes (Kemendagri, two digits — the first two digits of a regency or school region
 * code) that are not on WIB. Every other province of Sumatra, Java and West/Central Kalimantan is WIB.
 */
const NOT_WIB: Readonly<Record<string, IndonesianTimeZone>> = {
  '51': WITA, // Bali
  '52': WITA, // Nusa Tenggara Barat
  '53': WITA, // Nusa Tenggara Timur
  '63': WITA, // Kalimantan Selatan
  '64': WITA, // Kalimantan Timur
  '65': WITA, // Kalimantan Utara
  '71': WITA, // Sulawesi Utara
  '72': WITA, // Sulawesi Tengah
  '73': WITA, // Sulawesi Selatan
  '74': WITA, // Sulawesi Tenggara
  '75': WITA, // Gorontalo
  '76': WITA, // Sulawesi Barat
  '81': WIT, // Maluku
  '82': WIT, // Maluku Utara
};

/** The legal time of a province by its Kemendagri code; the Papua provinces (9x) are WIT; unknown → WIB. */
export function timeZoneOfProvince(provinceCode: string | null | undefined): IndonesianTimeZone {
  const code = (provinceCode ?? '').trim().slice(0, 2);
  if (/^9\d$/.test(code)) return WIT;
  return NOT_WIB[code] ?? WIB;
}

/** The zone for a label read back from the server; anything else falls back to WIB. */
export function timeZoneOfLabel(label: string | null | undefined): IndonesianTimeZone {
  return [WIB, WITA, WIT].find((zone) => zone.label === label) ?? WIB;
}
