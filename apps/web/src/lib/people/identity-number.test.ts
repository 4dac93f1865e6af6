import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18n';
import { identityNumber } from './identity-number';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('id', key, params);

describe('the employee number with its label (issue #11 finding 7)', () => {
  it.each([
    [{ nip: '199203152019031008', employmentStatus: 'pns' as const }, 'NIP 199203152019031008'],
    [
      { nip: '198801012023212001', employmentStatus: 'pppk' as const },
      'NI PPPK 198801012023212001',
    ],
    [{ nip: null, employmentStatus: 'pppk' as const }, 'NI PPPK belum tercatat'],
    [{ nip: null, employmentStatus: 'non_asn' as const }, 'Non-ASN (tanpa NIP)'],
    [{ nip: null, employmentStatus: 'pns' as const }, 'NIP belum tercatat'],
  ])('%j', (employee, expected) => {
    expect(identityNumber(t, employee)).toBe(expected);
  });
});
