/** A province of the national data set: Kemendagri code, name and how many kabupaten/kota it has. */
export type NationalProvince = { code: string; name: string; regencies: number };

/**
 * Indonesia's 38 provinces with their number of kabupaten/kota (514 in all), so the national data
 * set is spread over the country as unevenly as the real one: Jawa Timur has 38 regions, DIY 5.
 */
export const NATIONAL_PROVINCES: readonly NationalProvince[] = [
  { code: '11', name: 'Aceh', regencies: 23 },
  { code: '12', name: 'Sumatera Utara', regencies: 33 },
  { code: '13', name: 'Sumatera Barat', regencies: 19 },
  { code: '14', name: 'Riau', regencies: 12 },
  { code: '15', name: 'Jambi', regencies: 11 },
  { code: '16', name: 'Sumatera Selatan', regencies: 17 },
  { code: '17', name: 'Bengkulu', regencies: 10 },
  { code: '18', name: 'Lampung', regencies: 15 },
  { code: '19', name: 'Kepulauan Bangka Belitung', regencies: 7 },
  { code: '21', name: 'Kepulauan Riau', regencies: 7 },
  { code: '31', name: 'DKI Jakarta', regencies: 6 },
  { code: '32', name: 'Jawa Barat', regencies: 27 },
  { code: '33', name: 'Jawa Tengah', regencies: 35 },
  { code: '34', name: 'DI Yogyakarta', regencies: 5 },
  { code: '35', name: 'Jawa Timur', regencies: 38 },
  { code: '36', name: 'Banten', regencies: 8 },
  { code: '51', name: 'Bali', regencies: 9 },
  { code: '52', name: 'Nusa Tenggara Barat', regencies: 10 },
  { code: '53', name: 'Nusa Tenggara Timur', regencies: 22 },
  { code: '61', name: 'Kalimantan Barat', regencies: 14 },
  { code: '62', name: 'Kalimantan Tengah', regencies: 14 },
  { code: '63', name: 'Kalimantan Selatan', regencies: 13 },
  { code: '64', name: 'Kalimantan Timur', regencies: 10 },
  { code: '65', name: 'Kalimantan Utara', regencies: 5 },
  { code: '71', name: 'Sulawesi Utara', regencies: 15 },
  { code: '72', name: 'Sulawesi Tengah', regencies: 13 },
  { code: '73', name: 'Sulawesi Selatan', regencies: 24 },
  { code: '74', name: 'Sulawesi Tenggara', regencies: 17 },
  { code: '75', name: 'Gorontalo', regencies: 6 },
  { code: '76', name: 'Sulawesi Barat', regencies: 6 },
  { code: '81', name: 'Maluku', regencies: 11 },
  { code: '82', name: 'Maluku Utara', regencies: 10 },
  { code: '91', name: 'Papua', regencies: 9 },
  { code: '92', name: 'Papua Barat', regencies: 7 },
  { code: '93', name: 'Papua Selatan', regencies: 4 },
  { code: '94', name: 'Papua Tengah', regencies: 8 },
  { code: '95', name: 'Papua Pegunungan', regencies: 8 },
  { code: '96', name: 'Papua Barat Daya', regencies: 6 },
];
